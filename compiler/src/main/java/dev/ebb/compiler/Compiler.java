package dev.ebb.compiler;

import dev.ebb.compiler.check.ProjectChecker;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.project.ProjectLoader;
import dev.ebb.compiler.project.ProjectSource;
import dev.ebb.compiler.sql.ModelAnalyzer;
import dev.ebb.compiler.sql.SqlAnalysis;

/**
 * {@code ebb validate}: load the project, analyse its SQL, check syncs and destinations. Every
 * phase runs even when an earlier one found problems, so one run reports them all.
 */
public final class Compiler {

  private final ModelAnalyzer analyzer;
  private final ProjectChecker checker;

  public Compiler(ModelAnalyzer analyzer, DestinationTypes destinationTypes) {
    this.analyzer = analyzer;
    this.checker = new ProjectChecker(destinationTypes);
  }

  public Compilation compile(ProjectSource source) {
    analyzer.prepare();
    Diagnostics diagnostics = new Diagnostics();
    Project project = new ProjectLoader().load(source, diagnostics);
    SqlAnalysis analysis = analyzer.analyze(project, diagnostics);
    checker.check(project, analysis, diagnostics);
    return new Compilation(project, analysis, diagnostics.sorted());
  }
}
