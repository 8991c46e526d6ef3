package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;

/** Parses and validates every model's SQL against the catalog and the other models. */
public interface ModelAnalyzer {

  /** Reports every SQL problem to {@code diagnostics}; never throws for user mistakes. */
  SqlAnalysis analyze(Project project, Diagnostics diagnostics);
}
