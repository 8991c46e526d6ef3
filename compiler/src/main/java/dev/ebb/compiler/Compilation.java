package dev.ebb.compiler;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.List;

/**
 * The result of compiling a project: what loaded, what validated, and every problem found.
 *
 * @param diagnostics sorted by file, line and column
 */
public record Compilation(Project project, SqlAnalysis analysis, List<Diagnostic> diagnostics) {

  public Compilation {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
