package dev.ebb.engine.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Databricks (Unity Catalog): {@code SHOW GRANTS ON SCHEMA|TABLE|CATALOG}, whose rows include the
 * privileges an object inherits from its catalog and schema. A row counts when its principal is the
 * current user or an account group the user belongs to ({@code is_account_group_member}); an owner
 * (from the information schema, which SHOW GRANTS does not list) holds every privilege.
 */
final class DatabricksPrivileges implements Privileges {

  static final String CURRENT = "SELECT current_user(), current_catalog()";
  static final String MEMBER = "SELECT is_account_group_member(?)";
  static final String SCHEMA_OWNER = "SELECT schema_owner FROM information_schema.schemata WHERE lower(schema_name) = lower(?)";
  static final String TABLE_OWNER =
      "SELECT table_owner FROM information_schema.tables WHERE lower(table_schema) = lower(?) AND lower(table_name) = lower(?)";
  private static final String ALL = "ALL PRIVILEGES";

  @Override
  public List<String> missing(
      Connection connection, Dialect dialect, String snapshotSchema, Collection<String> sources) throws SQLException {
    Principals principals = new Principals(connection);
    List<String> missing = new ArrayList<>();
    String schemaOwner = owner(connection, SCHEMA_OWNER, snapshotSchema);
    if (schemaOwner != null) {
      if (!principals.includes(schemaOwner)) {
        Set<String> held = held(connection, "SHOW GRANTS ON SCHEMA " + dialect.quoteIdentifier(snapshotSchema), principals);
        require(held, "USE SCHEMA", "USE SCHEMA on schema " + snapshotSchema, missing);
        require(held, "CREATE TABLE", "CREATE TABLE on schema " + snapshotSchema, missing);
      }
    } else {
      Set<String> held = held(connection, "SHOW GRANTS ON CATALOG " + dialect.quoteIdentifier(principals.catalog), principals);
      require(held, "CREATE SCHEMA",
          "CREATE SCHEMA on catalog " + principals.catalog + " (schema " + snapshotSchema + " does not exist yet)", missing);
    }
    for (String source : sources) {
      String[] parts = Privileges.schemaAndTable(dialect, source);
      String owner = parts[0] == null ? null : owner(connection, TABLE_OWNER, parts[0], parts[1]);
      if (owner == null) {
        missing.add("table " + source + " not found or not visible");
      } else if (!principals.includes(owner)) {
        Set<String> held = held(connection, "SHOW GRANTS ON TABLE " + Privileges.qualified(dialect, parts), principals);
        require(held, "SELECT", "SELECT on " + source, missing);
      }
    }
    return missing;
  }

  /** The current user, and the groups asked about so far. */
  private static final class Principals {
    private final Connection connection;
    private final String user;
    private final String catalog;
    private final Map<String, Boolean> groups = new HashMap<>();

    Principals(Connection connection) throws SQLException {
      this.connection = connection;
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(CURRENT)) {
        rows.next();
        this.user = rows.getString(1);
        this.catalog = rows.getString(2);
      }
    }

    boolean includes(String principal) throws SQLException {
      if (principal.equalsIgnoreCase(user)) {
        return true;
      }
      Boolean member = groups.get(principal);
      if (member == null) {
        try (PreparedStatement statement = connection.prepareStatement(MEMBER)) {
          statement.setString(1, principal);
          try (ResultSet rows = statement.executeQuery()) {
            member = rows.next() && rows.getBoolean(1);
          }
        }
        groups.put(principal, member);
      }
      return member;
    }
  }

  private static Set<String> held(Connection connection, String show, Principals principals) throws SQLException {
    Set<String> held = new LinkedHashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(show)) {
      while (rows.next()) {
        if (principals.includes(rows.getString("principal"))) {
          held.add(rows.getString("action_type").toUpperCase(Locale.ROOT));
        }
      }
    }
    return held;
  }

  private static void require(Set<String> held, String privilege, String line, List<String> missing) {
    if (!held.contains(privilege) && !held.contains(ALL)) {
      missing.add(line);
    }
  }

  private static String owner(Connection connection, String sql, String... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
