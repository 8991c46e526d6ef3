package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;

/** Parses and validates every model's SQL against the catalog and the other models. */
public interface ModelAnalyzer {

  /** Reports every SQL problem to {@code diagnostics}; never throws for user mistakes. */
  SqlAnalysis analyze(Project project, Diagnostics diagnostics);

  /**
   * Called before the project is loaded: an analyzer may start preparing what it needs, on another
   * thread, so that a cold start overlaps it with reading files. Never required for correctness.
   */
  default void prepare() {}
}
