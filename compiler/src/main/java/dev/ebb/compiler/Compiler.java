package dev.ebb.compiler;

import dev.ebb.compiler.check.ProjectChecker;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.project.ProjectLoader;
import dev.ebb.compiler.project.ProjectSource;
import dev.ebb.compiler.sql.ModelAnalyzer;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code ebb validate}: load the project, analyse its SQL, check syncs and destinations. Every
 * phase runs even when an earlier one found problems, so one run reports them all.
 */
public final class Compiler {

  private final ModelAnalyzer analyzer;
  private final ProjectChecker checker;
  private final String varOverrides;
  /** The warehouse whose unwritable SQL is reported, known once the project is read; null: none. */
  private final Supplier<Dialect> target;

  public Compiler(ModelAnalyzer analyzer, DestinationTypes destinationTypes) {
    this(analyzer, new ProjectChecker(destinationTypes), null, () -> null);
  }

  private Compiler(ModelAnalyzer analyzer, ProjectChecker checker, String varOverrides, Supplier<Dialect> target) {
    this.analyzer = analyzer;
    this.checker = checker;
    this.varOverrides = varOverrides;
    this.target = target;
  }

  /** This compiler with project vars overridden by {@code --vars} (a YAML mapping; null: none). */
  public Compiler withVars(String varOverrides) {
    return new Compiler(analyzer, checker, varOverrides, target);
  }

  /**
   * This compiler also reporting the model SQL that {@code target}'s warehouse cannot run as
   * written (null: the project's {@code dialect:}, else no warehouse in particular, nothing
   * reported).
   */
  public Compiler withTarget(Dialect target) {
    return withTarget(() -> target);
  }

  /**
   * This compiler reporting the model SQL that the warehouse {@code target} gives cannot run as
   * written, asked once the models are analysed: the warehouse chosen from the project's own
   * settings is known only then (a null answer: none, nothing reported).
   */
  public Compiler withTarget(Supplier<Dialect> target) {
    return new Compiler(analyzer, checker, varOverrides, target);
  }

  public Compilation compile(ProjectSource source) {
    analyzer.prepare();
    Diagnostics diagnostics = new Diagnostics();
    Project project = new ProjectLoader(varOverrides).load(source, diagnostics);
    SqlAnalysis analysis = analyzer.analyze(project, diagnostics);
    Dialect warehouse = target.get();
    if (warehouse == null && project.config() != null && project.config().dialect() != null) {
      // The project's own dialect: setting names the warehouse its SQL is written for.
      warehouse = Dialects.byName(project.config().dialect()).orElse(null);
    }
    if (warehouse != null) {
      reportUnwritable(analysis, warehouse, diagnostics);
    }
    checker.check(project, analysis, diagnostics);
    return new Compilation(project, analysis, diagnostics.sorted());
  }

  /** Each construct once, reported at the model that writes it, not again at those reading it. */
  private static void reportUnwritable(SqlAnalysis analysis, Dialect target, Diagnostics diagnostics) {
    Set<Diagnostic> reported = new LinkedHashSet<>();
    for (String model : analysis.order()) {
      reported.addAll(analysis.compiledSql().unwritable(model, target));
    }
    diagnostics.addAll(List.copyOf(reported));
  }
}
