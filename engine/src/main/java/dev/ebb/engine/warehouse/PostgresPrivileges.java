package dev.ebb.engine.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * PostgreSQL and Redshift: {@code has_schema_privilege}, {@code has_table_privilege} and {@code
 * has_database_privilege}, which weigh the user's roles, groups and ownership as the server does.
 */
final class PostgresPrivileges implements Privileges {

  static final String SCHEMA_EXISTS = "SELECT COUNT(*) FROM pg_namespace WHERE nspname = ?";
  static final String SCHEMA_PRIVILEGES =
      "SELECT has_schema_privilege(?, 'USAGE'), has_schema_privilege(?, 'CREATE')";
  static final String DATABASE_CREATE = "SELECT has_database_privilege(current_database(), 'CREATE')";
  static final String TABLE_EXISTS =
      "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = ? AND c.relname = ?";
  static final String TABLE_SELECT = "SELECT has_table_privilege(?, 'SELECT')";

  @Override
  public List<String> missing(
      Connection connection, Dialect dialect, String snapshotSchema, Collection<String> sources) throws SQLException {
    List<String> missing = new ArrayList<>();
    if (exists(connection, SCHEMA_EXISTS, snapshotSchema)) {
      boolean[] held = booleans(connection, SCHEMA_PRIVILEGES, snapshotSchema, snapshotSchema);
      if (!held[0]) {
        missing.add("USAGE on schema " + snapshotSchema);
      }
      if (!held[1]) {
        missing.add("CREATE on schema " + snapshotSchema);
      }
    } else if (!booleans(connection, DATABASE_CREATE)[0]) {
      missing.add("CREATE on the database (schema " + snapshotSchema + " does not exist yet)");
    }
    for (String source : sources) {
      String[] parts = Privileges.schemaAndTable(dialect, source);
      String schema = parts[0] == null ? "public" : parts[0];
      if (!exists(connection, TABLE_EXISTS, schema, parts[1])) {
        missing.add("table " + source + " not found");
      } else if (!booleans(connection, SCHEMA_PRIVILEGES, schema, schema)[0]) {
        missing.add("USAGE on schema " + schema + " (for " + source + ")");
      } else if (!booleans(connection, TABLE_SELECT, Privileges.qualified(dialect, new String[] {schema, parts[1]}))[0]) {
        missing.add("SELECT on " + source);
      }
    }
    return missing;
  }

  private static boolean exists(Connection connection, String sql, String... values) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, values);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() && rows.getLong(1) > 0;
    }
  }

  private static boolean[] booleans(Connection connection, String sql, String... values) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, values);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      boolean[] result = new boolean[rows.getMetaData().getColumnCount()];
      for (int i = 0; i < result.length; i++) {
        result[i] = rows.getBoolean(i + 1);
      }
      return result;
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, String... values) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setString(i + 1, values[i]);
    }
    return statement;
  }
}
