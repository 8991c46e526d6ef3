package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.dialect.DuckDbDialect;
import dev.ebb.compiler.model.SyncMode;
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

  private Connection fileDatabase() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("jdbc_stream_results", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("warehouse.duckdb"), properties);
  }

  private static DiffRunner plannedRunner(Connection connection, String model) throws SQLException {
    DiffSpec spec = new DiffSpec("t", "ebb_state", ModelQuery.of(model),
        List.of(new DiffColumn("id", "BIGINT")), List.of(new DiffColumn("v", "VARCHAR")), SyncMode.UPSERT, "fp", "r");
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
