package dev.ebb.destinations.jdbc;

import dev.ebb.destination.api.FieldType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** What differs between the databases a {@code jdbc} destination writes to. */
interface SqlDialect {

  /** The dialect of a JDBC URL, if supported. */
  static Optional<SqlDialect> forUrl(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return Optional.of(new PostgresDialect());
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return Optional.of(new MariaDbDialect());
    }
    if (url.startsWith("jdbc:sqlite:")) {
      return Optional.of(new SqliteDialect());
    }
    if (url.startsWith("jdbc:duckdb:")) {
      return Optional.of(new DuckDbDialect());
    }
    return Optional.empty();
  }

  /** Connections written through at once (embedded databases take one writer). */
  int maxConnections();

  String quote(String identifier);

  /** The column type of a field; {@code key} for the primary key column. */
  String columnType(FieldType type, boolean key);

  /** An insert that updates the other columns when the key exists. */
  String upsert(String table, List<String> columns, String key);

  /** An insert that does nothing (0 rows) when the key exists. */
  String insertNew(String table, List<String> columns, String key);

  void bind(PreparedStatement statement, int index, Object value, FieldType type) throws SQLException;
}
