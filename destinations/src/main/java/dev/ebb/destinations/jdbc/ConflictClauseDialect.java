package dev.ebb.destinations.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.destination.api.FieldType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Databases with {@code INSERT ... ON CONFLICT (key) DO UPDATE} and double-quoted identifiers
 * (PostgreSQL, SQLite, DuckDB); values bound as java.time objects unless a subclass says otherwise.
 */
abstract class ConflictClauseDialect implements SqlDialect {


  @Override
  public String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public String upsert(String table, List<String> columns, String key) {
    List<String> others = columns.stream().filter(c -> !c.equals(key)).toList();
    String action =
        others.isEmpty()
            ? "DO NOTHING"
            : "DO UPDATE SET "
                + others.stream().map(c -> quote(c) + " = EXCLUDED." + quote(c)).collect(Collectors.joining(", "));
    return insert(table, columns) + " ON CONFLICT (" + quote(key) + ") " + action;
  }

  @Override
  public String insertNew(String table, List<String> columns, String key) {
    return insert(table, columns) + " ON CONFLICT (" + quote(key) + ") DO NOTHING";
  }

  protected String insert(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + columns.stream().map(this::quote).collect(Collectors.joining(", "))
        + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public void bind(PreparedStatement statement, int index, Object value, FieldType type) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof Map || value instanceof List) {
      bindJson(statement, index, json(value));
    } else if (type == FieldType.TIMESTAMP && value instanceof String text) {
      bindTimestamp(statement, index, OffsetDateTime.parse(text));
    } else if (type == FieldType.DATE && value instanceof String text) {
      bindDate(statement, index, LocalDate.parse(text));
    } else if (value instanceof BigDecimal decimal) {
      bindDecimal(statement, index, decimal);
    } else {
      statement.setObject(index, value);
    }
  }

  protected void bindDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
    statement.setBigDecimal(index, value);
  }

  protected void bindJson(PreparedStatement statement, int index, String json) throws SQLException {
    statement.setString(index, json);
  }

  protected void bindTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
    statement.setObject(index, value);
  }

  protected void bindDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
    statement.setObject(index, value);
  }

  static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON", e);
    }
  }

  /** Made on first use: initialising Jackson costs more than checking a destination's config. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
