package dev.ebb.engine.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Snowflake: {@code SHOW GRANTS}, which the cloud services layer answers without a running
 * warehouse (no credits spent). A privilege counts when granted to the session's role or to a role
 * it inherits (found through {@code SHOW GRANTS TO ROLE}, following role grants), or to PUBLIC;
 * OWNERSHIP counts for every privilege. Secondary roles are not followed.
 */
final class SnowflakePrivileges implements Privileges {

  static final String CURRENT_ROLE = "SELECT CURRENT_ROLE()";
  private static final String OWNERSHIP = "OWNERSHIP";

  @Override
  public List<String> missing(
      Connection connection, Dialect dialect, String snapshotSchema, Collection<String> sources) throws SQLException {
    Set<String> roles = roles(connection, dialect);
    List<String> missing = new ArrayList<>();
    if (schemaExists(connection, dialect, snapshotSchema)) {
      Set<String> held = held(connection, "SHOW GRANTS ON SCHEMA " + dialect.quoteIdentifier(snapshotSchema), roles);
      require(held, "USAGE", "USAGE on schema " + snapshotSchema, missing);
      require(held, "CREATE TABLE", "CREATE TABLE on schema " + snapshotSchema, missing);
    } else {
      Set<String> held = held(connection, "SHOW GRANTS ON DATABASE " + currentDatabase(connection, dialect), roles);
      require(held, "CREATE SCHEMA", "CREATE SCHEMA on the database (schema " + snapshotSchema + " does not exist yet)", missing);
    }
    for (String source : sources) {
      String table = Privileges.qualified(dialect, Privileges.schemaAndTable(dialect, source));
      Set<String> held;
      try {
        held = held(connection, "SHOW GRANTS ON TABLE " + table, roles);
      } catch (SQLException notATable) {
        try {
          held = held(connection, "SHOW GRANTS ON VIEW " + table, roles);
        } catch (SQLException notAView) {
          missing.add("table " + source + " not found or not visible");
          continue;
        }
      }
      require(held, "SELECT", "SELECT on " + source, missing);
    }
    return missing;
  }

  /** The session's role and every role it inherits, and PUBLIC. */
  static Set<String> roles(Connection connection, Dialect dialect) throws SQLException {
    Set<String> roles = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(CURRENT_ROLE)) {
      if (rows.next() && rows.getString(1) != null) {
        pending.add(rows.getString(1));
      }
    }
    pending.add("PUBLIC");
    while (!pending.isEmpty()) {
      String role = pending.poll();
      if (!roles.add(role)) {
        continue;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SHOW GRANTS TO ROLE " + dialect.quoteIdentifier(role))) {
        while (rows.next()) {
          if ("ROLE".equalsIgnoreCase(rows.getString("granted_on")) && "USAGE".equalsIgnoreCase(rows.getString("privilege"))) {
            String inherited = rows.getString("name");
            if (!roles.contains(inherited)) {
              pending.add(inherited);
            }
          }
        }
      }
    }
    return roles;
  }

  /** The privileges on an object that any of the roles holds, upper case. */
  private static Set<String> held(Connection connection, String show, Set<String> roles) throws SQLException {
    Set<String> held = new LinkedHashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(show)) {
      while (rows.next()) {
        if ("ROLE".equalsIgnoreCase(rows.getString("granted_to")) && roles.contains(rows.getString("grantee_name"))) {
          held.add(rows.getString("privilege").toUpperCase(Locale.ROOT));
        }
      }
    }
    return held;
  }

  private static void require(Set<String> held, String privilege, String line, List<String> missing) {
    if (!held.contains(privilege) && !held.contains(OWNERSHIP)) {
      missing.add(line);
    }
  }

  private static boolean schemaExists(Connection connection, Dialect dialect, String schema) throws SQLException {
    // LIKE matches case-insensitively: the exact name decides.
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW SCHEMAS LIKE " + dialect.stringLiteral(schema))) {
      while (rows.next()) {
        if (schema.equals(rows.getString("name"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String currentDatabase(Connection connection, Dialect dialect) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT CURRENT_DATABASE()")) {
      rows.next();
      String database = rows.getString(1);
      if (database == null) {
        throw new SQLException("no current database: set 'database' in the target");
      }
      return dialect.quoteIdentifier(database);
    }
  }
}
