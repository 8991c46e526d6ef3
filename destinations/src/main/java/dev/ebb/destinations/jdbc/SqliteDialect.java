package dev.ebb.destinations.jdbc;

import dev.ebb.destination.api.FieldType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * SQLite has no date or exact decimal types: dates and timestamps are stored as ISO-8601 text,
 * decimals as text so that no digit is lost to floating point.
 */
final class SqliteDialect extends ConflictClauseDialect {

  @Override
  public int maxConnections() {
    return 1;
  }

  @Override
  public String columnType(FieldType type, boolean key) {
    return switch (type) {
      case STRING, ANY, DATE, TIMESTAMP, JSON, DECIMAL -> "TEXT";
      case INTEGER, BOOLEAN -> "INTEGER";
      case DOUBLE -> "REAL";
    };
  }

  @Override
  protected void bindDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
    statement.setString(index, value.toPlainString());
  }

  @Override
  protected void bindTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
    statement.setString(index, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  @Override
  protected void bindDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
    statement.setString(index, value.toString());
  }
}
