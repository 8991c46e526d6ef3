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

  /**
   * {@code UNNEST(array) AS tier} names the element on PostgreSQL and BigQuery, and in the SQL
   * ebb validated; on DuckDB it names a row holding it, so the model's meaning there is spelled
   * {@code AS tier (tier)}, which is what ebb compiles it to.
   */
  @Override
  String reference(String model, String written) {
    return model.equals("unnest_array") ? written.replace("AS tier", "AS tier (tier)") : written;
  }
}
