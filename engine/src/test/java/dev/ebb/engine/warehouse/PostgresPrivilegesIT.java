package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ebb check}'s grant reading on a real PostgreSQL (the same functions Redshift answers): a
 * role without grants lacks exactly what ebb needs, and gains it with the grants.
 */
class PostgresPrivilegesIT {

  private final Dialect dialect = Dialects.byName("postgres").orElseThrow();
  private String schema;
  private String role;

  @BeforeAll
  static void available() {
    TestingPostgres.assumeAvailable();
  }

  @BeforeEach
  void setUp() throws Exception {
    schema = TestingPostgres.createSchema();
    role = schema + "_role";
    try (Connection connection = TestingPostgres.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + schema + ".accounts (id BIGINT)");
      statement.execute("CREATE ROLE " + role + " NOLOGIN");
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    TestingPostgres.dropSchema(schema);
    try (Connection connection = TestingPostgres.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP ROLE IF EXISTS " + role);
    }
  }

  private List<String> missingAs(String snapshotSchema, List<String> sources) throws Exception {
    try (Connection connection = TestingPostgres.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("SET ROLE " + role);
      return new PostgresPrivileges().missing(connection, dialect, snapshotSchema, sources);
    }
  }

  private void grant(String sql) throws Exception {
    try (Connection connection = TestingPostgres.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void aRoleWithoutGrantsLacksWhatEbbNeeds() throws Exception {
    assertThat(missingAs(schema, List.of(schema + ".accounts", schema + ".gone"))).containsExactly(
        "USAGE on schema " + schema,
        "CREATE on schema " + schema,
        "USAGE on schema " + schema + " (for " + schema + ".accounts)",
        "table " + schema + ".gone not found");
    assertThat(missingAs(schema + "_new", List.of())).containsExactly(
        "CREATE on the database (schema " + schema + "_new does not exist yet)");
  }

  @Test
  void grantsAreRecognised() throws Exception {
    grant("GRANT USAGE, CREATE ON SCHEMA " + schema + " TO " + role);
    assertThat(missingAs(schema, List.of(schema + ".accounts"))).containsExactly("SELECT on " + schema + ".accounts");

    grant("GRANT SELECT ON " + schema + ".accounts TO " + role);
    assertThat(missingAs(schema, List.of(schema + ".accounts"))).isEmpty();
  }
}
