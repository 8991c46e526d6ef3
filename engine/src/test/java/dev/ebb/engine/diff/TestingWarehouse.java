package dev.ebb.engine.diff;

import static org.assertj.core.api.Assertions.fail;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.DuckDbDialect;
import dev.ebb.compiler.dialect.PostgresDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A real warehouse for diff tests: embedded DuckDB, or the PostgreSQL at 127.0.0.1:5432. Every
 * instance works in schemas of its own and drops them on close.
 */
final class TestingWarehouse implements AutoCloseable {

  private final Connection connection;
  private final Dialect dialect;
  private final String decimalType;
  private final List<String> schemas = new ArrayList<>();

  private TestingWarehouse(Connection connection, Dialect dialect, String decimalType) {
    this.connection = connection;
    this.dialect = dialect;
    this.decimalType = decimalType;
  }

  static TestingWarehouse duckDb() throws SQLException {
    return new TestingWarehouse(
        DriverManager.getConnection("jdbc:duckdb:"), new DuckDbDialect(), "DECIMAL(38, 9)");
  }

  /** Skips the test when PostgreSQL is not reachable, unless CI=true: then it fails. */
  static TestingWarehouse postgres() {
    try {
      return new TestingWarehouse(
          DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""),
          new PostgresDialect(),
          "NUMERIC(38, 9)");
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at 127.0.0.1:5432 (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; required when CI=true");
      }
      Assumptions.abort(message + ": skipping");
      throw new AssertionError("unreachable");
    }
  }

  Connection connection() {
    return connection;
  }

  Dialect dialect() {
    return dialect;
  }

  String decimalType() {
    return decimalType;
  }

  /** A fresh schema, dropped on close; {@code prefix} may hold any characters. */
  String newSchema(String prefix) throws SQLException {
    String name = prefix + UUID.randomUUID().toString().substring(0, 8);
    execute("CREATE SCHEMA " + dialect.quoteIdentifier(name));
    schemas.add(name);
    return name;
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Sets the session time zone: the diff must not depend on it. */
  void timeZone(String zone) throws SQLException {
    execute("SET TimeZone = " + dialect.stringLiteral(zone)); // both DuckDB and PostgreSQL
  }

  @Override
  public void close() throws SQLException {
    try {
      for (String schema : schemas) {
        execute("DROP SCHEMA IF EXISTS " + dialect.quoteIdentifier(schema) + " CASCADE");
      }
    } finally {
      connection.close();
    }
  }
}
