package dev.ebb.destinations.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/** A database server the tests need: skipped when unreachable, unless {@code CI=true}. */
final class ServerDatabase {

  private ServerDatabase() {}

  static Connection connectOrSkip(String url, String user, String password) {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI=true and the database at " + url + " is unreachable", e);
      }
      Assumptions.abort("database at " + url + " unreachable (" + e.getMessage() + "): skipped");
      return null;
    }
  }
}
