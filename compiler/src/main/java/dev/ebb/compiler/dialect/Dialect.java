package dev.ebb.compiler.dialect;

import org.apache.calcite.sql.SqlDialect;

/**
 * A warehouse's SQL dialect. Everything that differs between warehouses (quoting, hashing, MERGE
 * vs INSERT … ON CONFLICT, types) is answered by a dialect object, never by {@code if} chains.
 */
public interface Dialect {

  /** The folder name under {@code target/compiled/<sync>/}: duckdb, postgres, snowflake, ... */
  String name();

  /** Calcite's dialect, used to unparse validated model SQL for this warehouse. */
  SqlDialect sqlDialect();

  /** Quotes an identifier so that no name can change a statement's structure. */
  default String quoteIdentifier(String identifier) {
    return sqlDialect().quoteIdentifier(identifier);
  }
}
