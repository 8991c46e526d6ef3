package dev.ebb.destinations.jdbc;

import dev.ebb.destination.api.FieldType;

final class DuckDbDialect extends ConflictClauseDialect {

  /** An embedded database file takes one writing process and connection at a time. */
  @Override
  public int maxConnections() {
    return 1;
  }

  @Override
  public String columnType(FieldType type, boolean key) {
    return switch (type) {
      case STRING, ANY -> "VARCHAR";
      case INTEGER -> "BIGINT";
      case DECIMAL -> "DECIMAL(38, 10)";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMPTZ";
      case JSON -> "JSON";
    };
  }
}
