package dev.ebb.compiler.sql;

import dev.ebb.compiler.dialect.Dialect;

/** Self-contained SQL of a validated model for one warehouse (upstream models inlined). */
@FunctionalInterface
public interface CompiledSql {

  /** For analyses that keep no SQL (fakes in tests): asking for SQL is a programming error. */
  CompiledSql UNAVAILABLE =
      (model, dialect) -> {
        throw new IllegalStateException("this analysis keeps no compiled SQL");
      };

  /**
   * @throws IllegalArgumentException when the model did not validate
   */
  String compile(String model, Dialect dialect);
}
