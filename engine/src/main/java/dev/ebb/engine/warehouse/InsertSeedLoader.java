package dev.ebb.engine.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Warehouses without a client-side bulk path ebb can use through JDBC (Snowflake, BigQuery,
 * Redshift, Databricks): types inferred by ebb, then multi-row {@code INSERT ... VALUES} statements
 * of up to {@link #ROWS_PER_STATEMENT} rows, each value bound as text and cast in SQL, so every
 * warehouse parses dates and timestamps itself from their ISO form. Seeds are small reference
 * files; a statement per few hundred rows keeps round trips few without nearing statement size
 * limits. The table is replaced first; where DDL and DML cannot share a transaction, a failure
 * leaves the new table partly loaded, and the next {@code ebb seed} replaces it again.
 */
final class InsertSeedLoader implements SeedLoader {

  static final int ROWS_PER_STATEMENT = 500;
  /** Bind parameters per statement stay under the lowest driver limits seen. */
  private static final int MAX_PARAMETERS = 10_000;

  private final Map<CsvTypes.Inferred, String> sqlTypes;

  /** @param sqlTypes the warehouse's type for each inferred type */
  InsertSeedLoader(Map<CsvTypes.Inferred, String> sqlTypes) {
    this.sqlTypes = Map.copyOf(sqlTypes);
  }

  @Override
  public long load(Warehouse warehouse, Path csv, String schema, String table) {
    Dialect dialect = warehouse.dialect();
    String qualified = dialect.quoteIdentifier(schema) + "." + dialect.quoteIdentifier(table);
    CsvTypes.Columns columns = SeedFailures.read(warehouse, table, () -> CsvTypes.infer(csv));
    List<String> definitions = new ArrayList<>();
    List<String> casts = new ArrayList<>();
    for (int i = 0; i < columns.names().size(); i++) {
      String type = sqlTypes.get(columns.types().get(i));
      definitions.add(dialect.quoteIdentifier(columns.names().get(i)) + " " + type);
      casts.add("CAST(? AS " + type + ")");
    }
    warehouse.execute(List.of(
        "CREATE SCHEMA IF NOT EXISTS " + dialect.quoteIdentifier(schema),
        "DROP TABLE IF EXISTS " + qualified,
        "CREATE TABLE " + qualified + " (" + String.join(", ", definitions) + ")"));
    int width = columns.names().size();
    int rowsPerStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, MAX_PARAMETERS / Math.max(1, width)));
    String row = "(" + String.join(", ", casts) + ")";
    String insert = "INSERT INTO " + qualified + " VALUES ";
    try (Connection connection = warehouse.connection()) {
      List<String[]> pending = new ArrayList<>();
      long[] loaded = {0};
      CsvTypes.forEachRow(csv, values -> {
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
          loaded[0] += flush(connection, insert, row, pending, width);
        }
      });
      loaded[0] += flush(connection, insert, row, pending, width);
      return loaded[0];
    } catch (SQLException | IOException | UncheckedIOException e) {
      throw SeedFailures.failed(warehouse, table, e);
    }
  }

  private static long flush(Connection connection, String insert, String row, List<String[]> rows, int width)
      throws IOException {
    if (rows.isEmpty()) {
      return 0;
    }
    String sql = insert + String.join(", ", Collections.nCopies(rows.size(), row));
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (String[] values : rows) {
        for (int i = 0; i < width; i++) {
          String value = i < values.length ? values[i].strip() : "";
          statement.setString(index++, value.isEmpty() ? null : value);
        }
      }
      statement.executeUpdate();
      long count = rows.size();
      rows.clear();
      return count;
    } catch (SQLException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
