package dev.ebb.engine.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;

/** DuckDB reads the CSV itself and infers the column types ({@code read_csv_auto}). */
final class DuckDbSeedLoader implements SeedLoader {

  @Override
  public long load(Warehouse warehouse, Path csv, String schema, String table) {
    Dialect dialect = warehouse.dialect();
    String qualified = dialect.quoteIdentifier(schema) + "." + dialect.quoteIdentifier(table);
    String file = "'" + csv.toAbsolutePath().toString().replace("'", "''") + "'";
    warehouse.execute(
        List.of(
            "CREATE SCHEMA IF NOT EXISTS " + dialect.quoteIdentifier(schema),
            "CREATE OR REPLACE TABLE " + qualified + " AS SELECT * FROM read_csv_auto(" + file
                + ", header = true)"));
    try (RowStream count = warehouse.stream("SELECT COUNT(*) FROM " + qualified, 1)) {
      count.next();
      return ((Number) count.get(0)).longValue();
    }
  }
}
