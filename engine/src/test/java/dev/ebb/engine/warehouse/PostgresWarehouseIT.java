package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresWarehouseIT {

  private static final Path PROJECT = Path.of(".");
  private String schema;

  @BeforeAll
  static void requirePostgres() {
    TestingPostgres.assumeAvailable();
  }

  @BeforeEach
  void createSchema() throws Exception {
    schema = TestingPostgres.createSchema();
  }

  @AfterEach
  void dropSchema() throws Exception {
    TestingPostgres.dropSchema(schema);
  }

  @Test
  void streamsRowsAFetchAtATime() {
    try (Warehouse warehouse = Warehouses.connect(TestingTargets.postgres(schema), PROJECT)) {
      assertThat(warehouse.dialect().name()).isEqualTo("postgres");
      assertThat(warehouse.defaultSchema()).isEqualTo(schema);
      warehouse.execute(java.util.List.of(
          "CREATE TABLE " + schema + ".numbers AS SELECT n FROM generate_series(1, 5000) AS n",
          "INSERT INTO " + schema + ".numbers VALUES (5001)"));

      long count = 0;
      try (RowStream rows = warehouse.stream("SELECT n FROM " + schema + ".numbers", 250)) {
        assertThat(rows.resultSet().getFetchSize()).isEqualTo(250);
        while (rows.next()) {
          count++;
        }
      } catch (java.sql.SQLException e) {
        throw new AssertionError(e);
      }
      assertThat(count).isEqualTo(5001);
    }
  }

  @Test
  void closedPortIsConnectionRefused() {
    var target = TestingTargets.target("pg", "postgres",
        Map.of("url", "jdbc:postgresql://127.0.0.1:1/test", "user", "postgres", "password", "top-secret"));

    assertThatThrownBy(() -> Warehouses.connect(target, PROJECT))
        .isInstanceOf(WarehouseException.class)
        .hasMessage("target 'pg' (postgres): cannot connect: connection refused at 127.0.0.1:1");
  }

  @Test
  void unknownUserIsAnAuthenticationFailureWithoutThePassword() {
    var target = TestingTargets.target("pg", "postgres",
        Map.of("host", "127.0.0.1", "database", "test", "user", "nobody_ebb", "password", "top-secret"));

    assertThatThrownBy(() -> Warehouses.connect(target, PROJECT))
        .hasMessage("target 'pg' (postgres): cannot connect: authentication failed for user 'nobody_ebb'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("top-secret"));
  }

  @Test
  void missingDatabaseIsNamed() {
    var target = TestingTargets.target("pg", "postgres",
        Map.of("host", "127.0.0.1", "database", "no_such_db_ebb", "user", "postgres"));

    assertThatThrownBy(() -> Warehouses.connect(target, PROJECT))
        .hasMessage("target 'pg' (postgres): cannot connect: database does not exist"
            + " (jdbc:postgresql://127.0.0.1:5432/no_such_db_ebb)");
  }
}
