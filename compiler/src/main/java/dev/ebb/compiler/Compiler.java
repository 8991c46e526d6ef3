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
  private final String varOverrides;

  public Compiler(ModelAnalyzer analyzer, DestinationTypes destinationTypes) {
    this(analyzer, new ProjectChecker(destinationTypes), null);
  }

  private Compiler(ModelAnalyzer analyzer, ProjectChecker checker, String varOverrides) {
    this.analyzer = analyzer;
    this.checker = checker;
    this.varOverrides = varOverrides;
  }

  /** This compiler with project vars overridden by {@code --vars} (a YAML mapping; null: none). */
  public Compiler withVars(String varOverrides) {
    return new Compiler(analyzer, checker, varOverrides);
  }

  public Compilation compile(ProjectSource source) {
    analyzer.prepare();
    Diagnostics diagnostics = new Diagnostics();
    Project project = new ProjectLoader(varOverrides).load(source, diagnostics);
    SqlAnalysis analysis = analyzer.analyze(project, diagnostics);
    checker.check(project, analysis, diagnostics);
    return new Compilation(project, analysis, diagnostics.sorted());
  }
}
