package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.fail;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.PostgresDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/** The semantic suite on the PostgreSQL at 127.0.0.1:5432: skipped when unreachable, unless CI=true. */
class PostgresSemanticIT extends SemanticSuite {

  @Override
  Connection connect() throws SQLException {
    try {
      return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3", "postgres", "");
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at 127.0.0.1:5432 (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; required when CI=true");
      }
      Assumptions.abort(message + ": skipping");
      throw new AssertionError("unreachable");
    }
  }

  @Override
  Dialect dialect() {
    return new PostgresDialect();
  }
}
