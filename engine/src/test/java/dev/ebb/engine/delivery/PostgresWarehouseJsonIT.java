package dev.ebb.engine.delivery;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.engine.warehouse.TestingPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** On PostgreSQL (127.0.0.1:5432), in a schema of its own; NUMERIC of any width included. */
class PostgresWarehouseJsonIT extends AbstractWarehouseJsonIT {

  private Connection connection;
  private String schema;

  @Override
  Dialect dialect() {
    return Dialects.byName("postgres").orElseThrow();
  }

  @Override
  Connection connection() throws SQLException {
    if (connection == null) {
      TestingPostgres.assumeAvailable();
      connection = TestingPostgres.connect();
    }
    return connection;
  }

  @Override
  String schema() throws SQLException {
    schema = TestingPostgres.createSchema();
    return schema;
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema != null) {
      TestingPostgres.dropSchema(schema);
    }
  }

  @Override
  Map<String, String[]> columns() {
    Map<String, String[]> columns = new LinkedHashMap<>();
    columns.put("id", new String[] {"BIGINT", "BIGINT"});
    columns.put("txt", new String[] {"TEXT", "VARCHAR"});
    columns.put("small", new String[] {"INTEGER", "INTEGER"});
    columns.put("big", new String[] {"BIGINT", "BIGINT"});
    columns.put("amount", new String[] {"NUMERIC(15, 2)", "DECIMAL(15, 2)"});
    columns.put("ratio", new String[] {"DOUBLE PRECISION", "DOUBLE"});
    columns.put("real_value", new String[] {"REAL", "REAL"});
    columns.put("flag", new String[] {"BOOLEAN", "BOOLEAN"});
    columns.put("day", new String[] {"DATE", "DATE"});
    columns.put("at", new String[] {"TIMESTAMP", "TIMESTAMP(6)"});
    columns.put("at_zone", new String[] {"TIMESTAMPTZ", "TIMESTAMP_WITH_LOCAL_TIME_ZONE(6)"});
    columns.put("wide", new String[] {"NUMERIC(38, 9)", "DECIMAL(38, 9)"});
    return columns;
  }

  @Override
  String beforeChrist(String date, String time) {
    return date + (time == null ? "" : " " + time) + " BC";
  }
}
