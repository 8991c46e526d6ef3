package dev.ebb.engine.run;

import dev.ebb.engine.warehouse.TestingPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/**
 * The run engine over a PostgreSQL warehouse (own schema per test), mirroring into a PostgreSQL
 * table of that schema.
 */
class PostgresSyncRunIT extends AbstractSyncRunIT {

  private String schema;

  @Override
  String target() {
    return "      type: postgres\n      url: " + TestingPostgres.URL + "\n      user: " + TestingPostgres.USER
        + "\n      schema: " + schema() + "\n";
  }

  /** Created on first use: the suite's set-up asks for it before anything else. */
  @Override
  String schema() {
    if (schema == null) {
      TestingPostgres.assumeAvailable();
      try {
        schema = TestingPostgres.createSchema();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return schema;
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) {
      TestingPostgres.dropSchema(schema);
    }
  }

  @Override
  Connection warehouse() throws SQLException {
    return TestingPostgres.connect();
  }

  @Override
  String mirrorUrl() {
    return TestingPostgres.URL + "?user=" + TestingPostgres.USER;
  }

  @Override
  String mirrorTable() {
    return schema() + ".customers_mirror";
  }

  @Override
  Connection mirror() throws SQLException {
    return TestingPostgres.connect();
  }
}
