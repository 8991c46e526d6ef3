package dev.ebb.runtime.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The run engine over an embedded DuckDB warehouse, mirroring into a SQLite file. */
class DuckDbSyncRunIT extends AbstractSyncRunIT {

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
