package dev.ebb.compiler.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every problem of a compilation so that one run reports them all. Not thread-safe: each
 * phase collects into its own instance or synchronises externally.
 */
public final class Diagnostics {

  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void addAll(Collection<Diagnostic> diagnostics) {
    items.addAll(diagnostics);
  }

  public void error(DiagnosticCode code, SourceLocation location, String message) {
    add(Diagnostic.error(code, location, message));
  }

  public void error(DiagnosticCode code, SourceLocation location, String message, String hint) {
    add(Diagnostic.error(code, location, message, hint));
  }

  public void warning(DiagnosticCode code, SourceLocation location, String message) {
    add(Diagnostic.warning(code, location, message));
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public int size() {
    return items.size();
  }

  /** All diagnostics, sorted by file, line and column, without exact duplicates. */
  public List<Diagnostic> sorted() {
    if (items.isEmpty()) {
      return List.of(); // the usual case, once per file and per model
    }
    return items.stream().distinct().sorted(Diagnostic.ORDER).toList();
  }
}
