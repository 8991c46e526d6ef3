package dev.ebb.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The run engine over an embedded DuckDB warehouse, mirroring into a SQLite file. */
class DuckDbSyncRunIT extends AbstractSyncRunIT {

  private static final long REWRITTEN_ROWS = 300_000;

  /**
   * Once a tenth of a snapshot's table is rows that commits deleted, the next run rewrites it after
   * its commit. A rewrite that fails (here: its table's name is taken) leaves the snapshot as it was
   * and the run succeeded; a later run rewrites it.
   */
  @Test
  void aSnapshotIsRewrittenOnceATenthOfItIsDeletedRowsAndAFailedRewriteLeavesTheRunSucceeded() throws Exception {
    // Over several row groups (122,880 rows each): DuckDB reclaims the deleted rows of small tables itself.
    execute("INSERT INTO " + schema() + ".customers SELECT i, 'customer ' || i, 'c' || i || '@example.com',"
        + " CAST(i AS INTEGER) FROM range(1, " + (REWRITTEN_ROWS + 1) + ") t(i)");
    assertThat(runFile().counts().sent()).isEqualTo(REWRITTEN_ROWS);
    execute("UPDATE " + schema() + ".customers SET name = name || ' changed' WHERE id % 100 < 12");
    assertThat(runFile().counts().sent()).isEqualTo(REWRITTEN_ROWS * 12 / 100);
    long[] deletedRowsKept = storedAndLiveSnapshotRows();
    assertThat(deletedRowsKept[1]).isEqualTo(REWRITTEN_ROWS);
    assertThat(deletedRowsKept[0]).isGreaterThanOrEqualTo(REWRITTEN_ROWS * 110 / 100);

    execute("CREATE TABLE " + schema() + ".to_file__snapshot_compacted (taken INTEGER)");
    assertThat(runFile().counts().sent()).isZero();
    assertThat(storedAndLiveSnapshotRows()).containsExactly(deletedRowsKept);

    execute("DROP TABLE " + schema() + ".to_file__snapshot_compacted");
    assertThat(runFile().counts().sent()).isZero();
    assertThat(storedAndLiveSnapshotRows()).containsExactly(REWRITTEN_ROWS, REWRITTEN_ROWS);
  }

  /** Runs the JSON Lines sync; it must succeed. */
  private RunReport runFile() {
    RunReport report = project.run("to_file").get("to_file");
    assertThat(report.outcome()).as(report.toString()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    return report;
  }

  private long[] storedAndLiveSnapshotRows() throws SQLException {
    try (Connection c = warehouse(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT (SELECT estimated_size FROM duckdb_tables() WHERE schema_name = '"
            + schema() + "' AND table_name = 'to_file__snapshot'), COUNT(*) FROM " + schema() + ".to_file__snapshot")) {
      rows.next();
      return new long[] {rows.getLong(1), rows.getLong(2)};
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = warehouse(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  String target() {
    return "      type: duckdb\n      path: warehouse.duckdb\n";
  }

  @Override
  String schema() {
    return "analytics";
  }

  @Override
  Connection warehouse() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + root.resolve("warehouse.duckdb"));
  }

  @Override
  String mirrorUrl() {
    return "jdbc:sqlite:" + root.resolve("mirror.db");
  }

  @Override
  String mirrorTable() {
    return "customers_mirror";
  }

  @Override
  Connection mirror() throws SQLException {
    return DriverManager.getConnection(mirrorUrl());
  }
}
