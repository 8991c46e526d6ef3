package dev.ebb.destinations.jdbc;

import dev.ebb.destination.api.FieldType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** MySQL and MariaDB: backquotes, {@code ON DUPLICATE KEY UPDATE}, timestamps stored in UTC. */
final class MariaDbDialect extends ConflictClauseDialect {

  @Override
  public int maxConnections() {
    return 4;
  }

  @Override
  public String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  @Override
  public String columnType(FieldType type, boolean key) {
    return switch (type) {
      case STRING, ANY -> key ? "VARCHAR(255)" : "TEXT";
      case INTEGER -> "BIGINT";
      case DECIMAL -> "DECIMAL(38, 10)";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "DATETIME(6)";
      case JSON -> "JSON";
    };
  }

  @Override
  public String upsert(String table, List<String> columns, String key) {
    List<String> others = columns.stream().filter(c -> !c.equals(key)).toList();
    List<String> assigned = others.isEmpty() ? List.of(key) : others;
    return insert(table, columns)
        + " ON DUPLICATE KEY UPDATE "
        + assigned.stream().map(c -> quote(c) + " = VALUES(" + quote(c) + ")").collect(Collectors.joining(", "));
  }

  @Override
  public String insertNew(String table, List<String> columns, String key) {
    return insert(table, columns) + " ON DUPLICATE KEY UPDATE " + quote(key) + " = " + quote(key);
  }

  @Override
  protected void bindTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
    statement.setObject(index, value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
  }
}
