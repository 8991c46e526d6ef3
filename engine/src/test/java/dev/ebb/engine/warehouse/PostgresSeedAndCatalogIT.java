package dev.ebb.engine.warehouse;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

class PostgresSeedAndCatalogIT extends AbstractSeedAndCatalogTest {

  private String schema;

  @BeforeAll
  static void requirePostgres() {
    TestingPostgres.assumeAvailable();
  }

  @Override
  String schema() {
    return schema;
  }

  @Override
  Warehouse connect(Path project) throws Exception {
    schema = TestingPostgres.createSchema();
    return Warehouses.connect(TestingTargets.postgres(schema), project);
  }

  @AfterEach
  void dropSchema() throws Exception {
    TestingPostgres.dropSchema(schema);
  }
}
