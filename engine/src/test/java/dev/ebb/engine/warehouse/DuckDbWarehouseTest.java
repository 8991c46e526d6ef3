package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWarehouseTest {

  @TempDir Path project;

  @Test
  void connectsToAFileInTheProjectAndStreamsRows() {
    try (Warehouse warehouse = Warehouses.connect(TestingTargets.target("dev", "duckdb", java.util.Map.of()), project)) {
      assertThat(warehouse.dialect().name()).isEqualTo("duckdb");
      assertThat(warehouse.defaultSchema()).isEqualTo("main");
      warehouse.execute("CREATE TABLE numbers AS SELECT range AS n FROM range(10000)");

      long count = 0;
      long sum = 0;
      try (RowStream rows = warehouse.stream("SELECT n FROM numbers ORDER BY n", 100)) {
        assertThat(rows.columns()).containsExactly("n");
        while (rows.next()) {
          count++;
          sum += ((Number) rows.get(0)).longValue();
        }
      }
      assertThat(count).isEqualTo(10_000);
      assertThat(sum).isEqualTo(9999L * 10000 / 2);
    }
    assertThat(project.resolve("warehouse.duckdb")).exists();
  }

  @Test
  void connectionsOfOneProcessShareTheDatabase() throws Exception {
    try (Warehouse first = Warehouses.connect(TestingTargets.duckdb("wh.duckdb"), project);
        Warehouse second = Warehouses.connect(TestingTargets.duckdb("wh.duckdb"), project)) {
      first.execute("CREATE TABLE t AS SELECT 42 AS answer");

      try (Connection c = second.connection();
          ResultSet rows = c.createStatement().executeQuery("SELECT answer FROM t")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(42);
      }
    }
  }

  @Test
  void failedStatementNamesTheTarget() {
    try (Warehouse warehouse = Warehouses.connect(TestingTargets.duckdb("wh.duckdb"), project)) {
      assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
              WarehouseException.class, () -> warehouse.execute("SELECT * FROM missing_table")))
          .hasMessageStartingWith("target 'dev' (duckdb): statement failed: ")
          .hasMessageContaining("missing_table")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void aLockHeldByAnotherProcessIsSaidPlainly() {
    var target = TestingTargets.duckdb("wh.duckdb");
    var connector = new DuckDbConnector();
    var failures = new Failures(target, connector, connector.settings(target, project));

    WarehouseException e = failures.explain("cannot connect", new java.sql.SQLException(
        "IO Error: Could not set lock on file \"" + project.resolve("wh.duckdb")
            + "\": Conflicting lock is held in /usr/bin/java (PID 4242)"));

    assertThat(e).hasMessage("target 'dev' (duckdb): cannot connect: database file "
        + project.resolve("wh.duckdb") + " is locked by another process"
        + " (DuckDB allows one writing process; close the other session)");
  }
}
