package dev.ebb.compiler.sql;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.DuckDbDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The semantic suite on embedded DuckDB. */
class DuckDbSemanticIT extends SemanticSuite {

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  @Override
  Dialect dialect() {
    return new DuckDbDialect();
  }
}
