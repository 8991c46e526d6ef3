package dev.ebb.engine.diff;

import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.compiler.diff.DiffSpec;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.DiffColumn;
import dev.ebb.compiler.diff.DiffPlanner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.dialect.DuckDbDialect;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.sql.ModelQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbDiffIT extends AbstractDiffIT {

  /** More than two of DuckDB's row groups (122,880 rows): scans of it run on several threads. */
  private static final int ROWS = 300_000;

  @TempDir Path dir;

  @Override
  protected TestingWarehouse open() throws SQLException {
    return TestingWarehouse.duckDb();
  }

  /**
   * Reads of the diff stream without ORDER BY (Dialect#scansInRowNumberOrder): from a file
   * database, streamed as the runtime reads it, every row comes in sequence order, also from a
   * checkpoint half way. The cursor would fail the read otherwise.
   */
  @Test
  void aLargeDiffIsReadInSequenceOrderWithoutSorting() throws SQLException {
    try (Connection connection = fileDatabase()) {
      DiffRunner runner = plannedRunner(connection, "SELECT i AS id, 'v' || (i % 10) AS v FROM range(" + ROWS + ") t(i)");

      assertThat(sequences(runner, 0)).hasSize(ROWS).isSorted().startsWith(1L).endsWith((long) ROWS);
      assertThat(sequences(runner, ROWS / 2)).hasSize(ROWS / 2).startsWith(ROWS / 2 + 1L).isSorted();
    }
  }

  /**
   * The diff table skips dictionary and FSST compression, which cost more than it lives; the
   * setting is global to the instance, so it is reset after, also when the diff fails.
   */
  @Test
  void theDiffTableIsWrittenWithoutDictionaryCompressionAndTheSettingIsReset() throws SQLException {
    try (Connection connection = fileDatabase(); Statement statement = connection.createStatement()) {
      plannedRunner(connection, "SELECT i AS id, 'v' || (i % 10) AS v FROM range(" + ROWS + ") t(i)");
      statement.execute("CREATE TABLE main.compressed AS SELECT 'v' || (i % 10) AS v FROM range(" + ROWS + ") t(i)");
      statement.execute("CHECKPOINT");

      assertThat(compressions(statement, "ebb_state.t__diff_r", "v")).isNotEmpty().noneMatch(DuckDbDiffIT::dictionaryOrFsst);
      assertThat(compressions(statement, "main.compressed", "v")).anyMatch(DuckDbDiffIT::dictionaryOrFsst);
      assertThat(setting(statement)).isEmpty();

      assertThatThrownBy(() -> plannedRunner(connection, "SELECT i AS id, CAST('x' || i AS INTEGER) AS v FROM range(10) t(i)"))
          .isInstanceOf(SQLException.class);
      assertThat(setting(statement)).isEmpty();
    }
  }

  /**
   * Commits delete the rows of changed keys from the snapshot, and DuckDB does not reclaim them:
   * once they are a tenth of what the table stores, the run rewrites it, in key order, with the
   * same keys and hashes, and the next diff finds nothing.
   */
  @Test
  void deletedSnapshotRowsAreReclaimedOnceTheyAreATenthOfTheTable() throws SQLException {
    String sync = "sync \"s\" ✓'";
    try (Connection connection = fileDatabase(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE main.m AS SELECT i AS id, 'v' || i AS v FROM range(" + ROWS + ") t(i)");
      DiffSpec spec = new DiffSpec(sync, "ebb_state", ModelQuery.of("SELECT id, v FROM main.m"),
          List.of(new DiffColumn("id", "BIGINT")), List.of(new DiffColumn("v", "VARCHAR")), WriteMode.UPSERT, "fp", "r");
      DiffPlan plan = DiffPlanner.plan(spec, new DuckDbDialect());
      DiffRunner runner = new DiffRunner(connection, plan);
      runner.setup();

      DiffCheckResult first = runner.check();
      runner.plan(first);
      runner.commit(Long.MAX_VALUE);
      runner.cleanup();
      statement.execute("UPDATE main.m SET v = v || 'x' WHERE id % 100 < 6");
      DiffCheckResult second = runner.check();
      runner.plan(second);
      runner.commit(Long.MAX_VALUE);
      runner.cleanup();
      statement.execute("UPDATE main.m SET v = v || 'y' WHERE id % 100 >= 94");
      DiffCheckResult third = runner.check();
      runner.plan(third);
      runner.commit(Long.MAX_VALUE);
      runner.cleanup();
      DiffCheckResult fourth = runner.check();

      assertThat(runner.snapshotWantsCompaction(second)).isFalse();
      assertThat(third.snapshotDeletedShare()).isBetween(0.05, 0.07);
      assertThat(runner.snapshotWantsCompaction(third)).isFalse();
      assertThat(fourth.snapshotRows()).isEqualTo(ROWS);
      assertThat(fourth.snapshotDeletedShare()).isBetween(0.10, 0.12);
      assertThat(runner.snapshotWantsCompaction(fourth)).isTrue();

      List<String> before = snapshot(statement, plan);
      runner.compactSnapshot();
      DiffCheckResult compacted = runner.check();
      assertThat(compacted.snapshotRows()).isEqualTo(ROWS);
      assertThat(compacted.snapshotStoredRows()).isEqualTo(ROWS);
      assertThat(snapshot(statement, plan)).isEqualTo(before);
      assertThat(keysInStoredOrder(statement, plan)).hasSize(ROWS).isSorted();
      assertThat(runner.plan(compacted).counts()).isEqualTo(new DiffCounts(0, 0, 0, ROWS));
      try (ResultSet left = statement.executeQuery("SELECT COUNT(*) FROM duckdb_tables() WHERE table_name LIKE '%compacted'")) {
        left.next();
        assertThat(left.getLong(1)).isZero();
      }
    }
  }

  private static List<String> snapshot(Statement statement, DiffPlan plan) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery("SELECT ebb_key, ebb_hash FROM " + plan.tables().snapshot() + " ORDER BY ebb_key")) {
      while (result.next()) {
        rows.add(result.getLong(1) + " " + result.getString(2));
      }
    }
    return rows;
  }

  private static List<Long> keysInStoredOrder(Statement statement, DiffPlan plan) throws SQLException {
    List<Long> keys = new ArrayList<>();
    try (ResultSet result = statement.executeQuery("SELECT ebb_key FROM " + plan.tables().snapshot() + " ORDER BY rowid")) {
      while (result.next()) {
        keys.add(result.getLong(1));
      }
    }
    return keys;
  }

  private Connection fileDatabase() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("jdbc_stream_results", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), properties);
  }

  private static DiffRunner plannedRunner(Connection connection, String model) throws SQLException {
    DiffSpec spec = new DiffSpec("t", "ebb_state", ModelQuery.of(model),
        List.of(new DiffColumn("id", "BIGINT")), List.of(new DiffColumn("v", "VARCHAR")), WriteMode.UPSERT, "fp", "r");
    DiffRunner runner = new DiffRunner(connection, DiffPlanner.plan(spec, new DuckDbDialect()));
    runner.setup();
    runner.plan(runner.check());
    return runner;
  }

  private static List<Long> sequences(DiffRunner runner, long after) throws SQLException {
    List<Long> sequences = new ArrayList<>();
    try (DiffCursor cursor = runner.read(after, 2_048)) {
      DiffRow row;
      while ((row = cursor.next()) != null) {
        sequences.add(row.seq());
      }
    }
    return sequences;
  }

  private static List<String> compressions(Statement statement, String table, String column) throws SQLException {
    List<String> compressions = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery("SELECT DISTINCT compression FROM pragma_storage_info('" + table
        + "') WHERE column_name = '" + column + "' AND segment_type = 'VARCHAR'")) {
      while (rows.next()) {
        compressions.add(rows.getString(1));
      }
    }
    return compressions;
  }

  private static boolean dictionaryOrFsst(String compression) {
    String name = compression.toLowerCase(Locale.ROOT);
    return name.contains("dict") || name.contains("fsst");
  }

  private static String setting(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT current_setting('disabled_compression_methods')")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
