package dev.ebb.destinations.jdbc;

import dev.ebb.destination.api.FieldType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

final class PostgresDialect extends ConflictClauseDialect {

  @Override
  public int maxConnections() {
    return 4;
  }

  @Override
  public String columnType(FieldType type, boolean key) {
    return switch (type) {
      case STRING, ANY -> "TEXT";
      case INTEGER -> "BIGINT";
      case DECIMAL -> "NUMERIC";
      case DOUBLE -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMPTZ";
      case JSON -> "JSONB";
    };
  }

  @Override
  protected void bindJson(PreparedStatement statement, int index, String json) throws SQLException {
    statement.setObject(index, json, Types.OTHER);
  }
}
