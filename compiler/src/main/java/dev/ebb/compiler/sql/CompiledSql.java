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
   * The model's query in the parts a statement embedding it needs.
   *
   * @throws IllegalArgumentException when the model did not validate
   */
  ModelQuery query(String model, Dialect dialect);

  /**
   * The located errors for what {@code dialect} cannot write in the model or a model it reads;
   * empty when {@link #query} succeeds.
   */
  default java.util.List<dev.ebb.compiler.diagnostic.Diagnostic> unwritable(String model, Dialect dialect) {
    return java.util.List.of();
  }

  /**
   * The model's query as one SELECT.
   *
   * @throws IllegalArgumentException when the model did not validate
   */
  default String compile(String model, Dialect dialect) {
    return query(model, dialect).sql();
  }
}
