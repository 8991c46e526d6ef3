package dev.ebb.engine.delivery;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** On embedded DuckDB. */
class DuckDbWarehouseJsonIT extends AbstractWarehouseJsonIT {

  private Connection connection;

  @Override
  Dialect dialect() {
    return Dialects.byName("duckdb").orElseThrow();
  }

  @Override
  Connection connection() throws SQLException {
    if (connection == null) {
      connection = DriverManager.getConnection("jdbc:duckdb:");
    }
    return connection;
  }

  @Override
  String schema() throws SQLException {
    try (Statement statement = connection().createStatement()) {
      statement.execute("CREATE SCHEMA json_it");
    }
    return "json_it";
  }

  @Override
  Map<String, String[]> columns() {
    Map<String, String[]> columns = new LinkedHashMap<>();
    columns.put("id", new String[] {"BIGINT", "BIGINT"});
    columns.put("txt", new String[] {"VARCHAR", "VARCHAR"});
    columns.put("small", new String[] {"INTEGER", "INTEGER"});
    columns.put("big", new String[] {"BIGINT", "BIGINT"});
    columns.put("amount", new String[] {"DECIMAL(15, 2)", "DECIMAL(15, 2)"});
    columns.put("ratio", new String[] {"DOUBLE", "DOUBLE"});
    columns.put("real_value", new String[] {"REAL", "REAL"});
    columns.put("flag", new String[] {"BOOLEAN", "BOOLEAN"});
    columns.put("day", new String[] {"DATE", "DATE"});
    columns.put("at", new String[] {"TIMESTAMP", "TIMESTAMP(6)"});
    columns.put("at_zone", new String[] {"TIMESTAMPTZ", "TIMESTAMP_WITH_LOCAL_TIME_ZONE(6)"});
    columns.put("wide", new String[] {"DECIMAL(38, 9)", "DECIMAL(38, 9)"});
    return columns;
  }

  @Override
  String beforeChrist(String date, String time) {
    return date + " (BC)" + (time == null ? "" : " " + time);
  }
}
