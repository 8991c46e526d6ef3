package dev.ebb.runtime.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.sql.Connection;
import java.util.List;

/**
 * A connected warehouse target: a pool of connections, its SQL dialect, and the few ways ebb talks
 * to it. Failures surface as {@link WarehouseException} with a one-line, secret-free message.
 */
public interface Warehouse extends AutoCloseable {

  /** The target's name in profiles.yml. */
  String targetName();

  /** The target's {@code type:}: duckdb, postgres, snowflake. */
  String type();

  Dialect dialect();

  /** Where unqualified tables go (the target's {@code schema}, else the warehouse's default). */
  String defaultSchema();

  /** A pooled connection; the caller closes it. */
  Connection connection();

  /** Runs statements one after the other, in one transaction. */
  void execute(List<String> statements);

  default void execute(String statement) {
    execute(List.of(statement));
  }

  /**
   * Runs a query and streams its rows {@code fetchSize} at a time: the result is never held whole
   * in memory. The caller closes the stream.
   */
  RowStream stream(String query, int fetchSize);

  @Override
  void close();
}
