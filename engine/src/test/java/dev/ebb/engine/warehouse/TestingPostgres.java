package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server on 127.0.0.1:5432 (user postgres, no password, database test). Tests get
 * their own schema. Unreachable: the test is skipped, unless {@code CI=true}, then it fails.
 */
public final class TestingPostgres {

  public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  public static final String USER = "postgres";

  private TestingPostgres() {}

  public static void assumeAvailable() {
    try {
      connect().close();
    } catch (SQLException e) {
      String message = "PostgreSQL at 127.0.0.1:5432 is unreachable (" + e.getMessage() + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + "; CI=true requires it");
      }
      Assumptions.abort(message + "; skipping");
    }
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL + "?connectTimeout=3", USER, "");
  }

  /** Creates a fresh schema and returns its name. */
  public static String createSchema() throws SQLException {
    String schema = "ebb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  public static void dropSchema(String schema) throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
