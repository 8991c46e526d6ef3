package dev.ebb.compiler.check;

import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.destination.api.FieldType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which values a destination field type accepts. Only definite mismatches are rejected: a
 * fractional number into an integer field, text into a date, a nested value into a scalar.
 */
public final class FieldTypes {

  private static final Pattern SCALE = Pattern.compile("\\(\\s*\\d+\\s*,\\s*(\\d+)\\s*\\)");
  private static final Map<String, FieldType> BY_SQL_NAME =
      Map.ofEntries(
          Map.entry("CHAR", FieldType.STRING),
          Map.entry("CHARACTER", FieldType.STRING),
          Map.entry("VARCHAR", FieldType.STRING),
          Map.entry("TEXT", FieldType.STRING),
          Map.entry("STRING", FieldType.STRING),
          Map.entry("TINYINT", FieldType.INTEGER),
          Map.entry("SMALLINT", FieldType.INTEGER),
          Map.entry("INT", FieldType.INTEGER),
          Map.entry("INTEGER", FieldType.INTEGER),
          Map.entry("BIGINT", FieldType.INTEGER),
          Map.entry("DECIMAL", FieldType.DECIMAL),
          Map.entry("NUMERIC", FieldType.DECIMAL),
          Map.entry("FLOAT", FieldType.DOUBLE),
          Map.entry("REAL", FieldType.DOUBLE),
          Map.entry("DOUBLE", FieldType.DOUBLE),
          Map.entry("BOOLEAN", FieldType.BOOLEAN),
          Map.entry("DATE", FieldType.DATE),
          Map.entry("TIMESTAMP", FieldType.TIMESTAMP));
  private static final Set<FieldType> NUMBERS = EnumSet.of(FieldType.INTEGER, FieldType.DECIMAL, FieldType.DOUBLE);

  private FieldTypes() {}

  /** The field type a SQL type carries, {@link FieldType#ANY} when unknown. */
  public static FieldType ofSql(String sqlType) {
    String type = sqlType.trim().toUpperCase(Locale.ROOT);
    if (type.endsWith("ARRAY") || type.startsWith("MAP") || type.startsWith("ROW")
        || type.startsWith("STRUCT") || type.startsWith("JSON") || type.startsWith("VARIANT")) {
      return FieldType.JSON;
    }
    String head = type.split("[\\s(]", 2)[0];
    FieldType mapped = BY_SQL_NAME.getOrDefault(head, FieldType.ANY);
    if (mapped == FieldType.DECIMAL) {
      Matcher scale = SCALE.matcher(type);
      if (scale.find() && Integer.parseInt(scale.group(1)) == 0) {
        return FieldType.INTEGER; // DECIMAL(p, 0) holds whole numbers only
      }
    }
    return mapped;
  }

  /** The type of what a mapping source produces; {@code column} is null for non-column sources. */
  public static FieldType ofSource(FieldSource source, OutputColumn column) {
    if (source instanceof FieldSource.Constant constant) {
      return ofConstant(constant.value());
    }
    if (source instanceof FieldSource.Template) {
      return FieldType.STRING; // a rendered template is always text
    }
    return column == null ? FieldType.ANY : ofSql(column.type());
  }

  private static FieldType ofConstant(Object value) {
    if (value instanceof String) {
      return FieldType.STRING;
    }
    if (value instanceof Boolean) {
      return FieldType.BOOLEAN;
    }
    if (value instanceof Double) {
      return FieldType.DOUBLE;
    }
    return value instanceof Number ? FieldType.INTEGER : FieldType.ANY;
  }

  /** A SQL type that carries a field type, for hints. */
  static String sqlName(FieldType type) {
    return switch (type) {
      case STRING -> "VARCHAR";
      case INTEGER -> "BIGINT";
      case DECIMAL -> "DECIMAL(38, 9)";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
      case JSON, ANY -> "VARCHAR";
    };
  }

  static boolean compatible(FieldType field, FieldType value) {
    if (field == FieldType.ANY || field == FieldType.JSON || value == FieldType.ANY) {
      return true;
    }
    return switch (field) {
      case STRING -> value != FieldType.JSON;
      case INTEGER -> value == FieldType.INTEGER;
      case DECIMAL, DOUBLE -> NUMBERS.contains(value);
      case BOOLEAN -> value == FieldType.BOOLEAN;
      case DATE -> value == FieldType.DATE;
      case TIMESTAMP -> value == FieldType.TIMESTAMP || value == FieldType.DATE;
      case JSON, ANY -> true;
    };
  }
}
