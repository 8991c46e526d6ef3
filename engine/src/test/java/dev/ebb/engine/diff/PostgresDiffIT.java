package dev.ebb.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDiffIT extends AbstractDiffIT {

  @Override
  protected TestingWarehouse open() {
    return TestingWarehouse.postgres();
  }

  @Test
  void givesTheSameDiffsAsDuckDb() throws SQLException {
    try (TestingWarehouse duckDb = TestingWarehouse.duckDb()) {
      assertThat(diffsOf(warehouse, 99)).isEqualTo(diffsOf(duckDb, 99));
    }
  }
}
