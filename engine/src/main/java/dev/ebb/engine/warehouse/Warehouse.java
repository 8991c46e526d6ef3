package dev.ebb.engine.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A connected warehouse target: a pool of connections, its SQL dialect, and the few ways ebb talks
 * to it. Failures surface as {@link WarehouseException} with a one-line, secret-free message.
 */
public interface Warehouse extends AutoCloseable {

  /** The target's name in profiles.yml. */
  String targetName();

  /** The target's {@code type:}: duckdb, postgres, snowflake, bigquery, redshift, databricks. */
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

  /**
   * What the user lacks of the privileges ebb needs, read from the warehouse's own grant records:
   * creating tables in {@code snapshotSchema} (or creating it) and selecting from each source.
   *
   * @param sources tables the models read, as {@code schema.table}
   * @return one line per missing privilege, empty when all are held; empty Optional where the
   *     warehouse's grants cannot be read through SQL
   */
  Optional<List<String>> missingPrivileges(String snapshotSchema, Collection<String> sources);

  /** The information-schema query {@link CatalogPuller} runs. */
  String catalogQuery();

  /** How {@code ebb seed} loads a CSV file into this warehouse. */
  SeedLoader seedLoader();

  @Override
  void close();
}
