package dev.ebb.runtime.process;

import dev.ebb.engine.state.StateConfig;
import dev.ebb.engine.warehouse.TestingPostgres;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Two processes sharing a PostgreSQL state store (a schema of its own per test). */
class PostgresSharedDestinationIT extends AbstractSharedDestinationIT {

  private String schema;

  @BeforeAll
  static void requirePostgres() {
    TestingPostgres.assumeAvailable();
  }

  @Override
  StateConfig state() throws SQLException {
    if (schema == null) {
      schema = TestingPostgres.createSchema();
    }
    return new StateConfig(TestingPostgres.URL, TestingPostgres.USER, "", schema);
  }

  @Override
  Map<String, String> stateEnvironment() throws SQLException {
    StateConfig state = state();
    return Map.of(
        "EBB_STATE_URL", state.url(),
        "EBB_STATE_USER", state.user(),
        "EBB_STATE_PASSWORD", "",
        "EBB_STATE_SCHEMA", state.schema());
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) {
      TestingPostgres.dropSchema(schema);
    }
  }
}
