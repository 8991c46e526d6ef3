package dev.ebb.compiler.diff;

import java.sql.SQLException;

class DuckDbDiffIT extends AbstractDiffIT {

  @Override
  protected TestingWarehouse open() throws SQLException {
    return TestingWarehouse.duckDb();
  }
}
