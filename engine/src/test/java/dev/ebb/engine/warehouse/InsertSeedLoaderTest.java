package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-row INSERT loader that Snowflake, BigQuery, Redshift and Databricks use, run for real
 * on DuckDB with DuckDB's type names: values bound as text and cast by the warehouse, NULLs for
 * empty values, and files longer than one statement.
 */
class InsertSeedLoaderTest {

  @TempDir Path dir;

  @Test
  void loadsEveryRowWithTypesCastByTheWarehouse() throws Exception {
    int rows = InsertSeedLoader.ROWS_PER_STATEMENT * 2 + 7;
    StringBuilder csv = new StringBuilder("id,name,amount,active,signed_up,seen_at,seen_at_utc\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(i).append(",\"Name, ").append(i).append("\",").append(i % 3 == 0 ? "" : i + ".5").append(',')
          .append(i % 2 == 0).append(",2024-01-").append(String.format("%02d", i % 28 + 1))
          .append(",2024-02-03T04:05:06,2024-02-03T04:05:06+02:00\n");
    }
    Path file = dir.resolve("customers.csv");
    Files.writeString(file, csv);
    InsertSeedLoader loader = new InsertSeedLoader(Map.of(
        CsvTypes.Inferred.BIGINT, "BIGINT",
        CsvTypes.Inferred.DOUBLE, "DOUBLE",
        CsvTypes.Inferred.BOOLEAN, "BOOLEAN",
        CsvTypes.Inferred.DATE, "DATE",
        CsvTypes.Inferred.TIMESTAMP, "TIMESTAMP",
        CsvTypes.Inferred.TIMESTAMP_WITH_TIME_ZONE, "TIMESTAMPTZ",
        CsvTypes.Inferred.TEXT, "VARCHAR"));

    try (Warehouse warehouse = Warehouses.connect(TestingTargets.duckdb(dir.resolve("w.duckdb").toString()), dir)) {
      assertThat(loader.load(warehouse, file, "seeds", "customers")).isEqualTo(rows);
      assertThat(loader.load(warehouse, file, "seeds", "customers")).as("replaced, not appended").isEqualTo(rows);

      List<String> sample = new ArrayList<>();
      try (RowStream stream = warehouse.stream(
          "SELECT COUNT(*), COUNT(amount), SUM(id), MIN(name), typeof(MIN(signed_up)), typeof(MIN(seen_at)),"
              + " epoch(MIN(seen_at_utc)), bool_or(active) FROM seeds.customers", 1)) {
        stream.next();
        for (int i = 0; i < 8; i++) {
          sample.add(String.valueOf(stream.get(i)));
        }
      }
      assertThat(sample).containsExactly(String.valueOf(rows), String.valueOf(rows - rows / 3),
          String.valueOf((long) rows * (rows + 1) / 2), "Name, 1", "DATE", "TIMESTAMP", "1.706925906E9", "true");
    }
  }
}
