package dev.ebb.runtime.state;

import dev.ebb.runtime.warehouse.TestingPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

class PostgresStateStoreIT extends AbstractStateStoreTest {

  private String schema;

  @BeforeAll
  static void requirePostgres() {
    TestingPostgres.assumeAvailable();
  }

  @Override
  StateConfig config() throws Exception {
    if (schema == null) {
      // A schema Flyway has yet to create: migrations start from nothing.
      schema = TestingPostgres.createSchema();
      TestingPostgres.dropSchema(schema);
    }
    return new StateConfig(TestingPostgres.URL, TestingPostgres.USER, "", schema);
  }

  @AfterEach
  void dropSchema() throws Exception {
    TestingPostgres.dropSchema(schema);
  }
}
