package dev.ebb.compiler.dialect;

import java.util.Locale;

/**
 * The families of SQL types whose canonical text or hash differs between warehouses. Derived from
 * the type strings Calcite reports ({@code DECIMAL(38, 9)}, {@code TIMESTAMP_WITH_LOCAL_TIME_ZONE(6)}).
 */
public enum ValueKind {
  TEXT,
  INTEGER,
  DECIMAL,
  FLOAT,
  BOOLEAN,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_WITH_ZONE,
  OTHER;

  /** The kind of a SQL type string; unknown types are {@link #OTHER} and hashed as text. */
  public static ValueKind of(String sqlType) {
    String type = sqlType.trim().toUpperCase(Locale.ROOT);
    int paren = type.indexOf('(');
    String base = (paren < 0 ? type : type.substring(0, paren)).trim();
    if (type.contains("TIME ZONE") || type.contains("TIME_ZONE") || base.equals("TIMESTAMPTZ")) {
      return base.startsWith("TIMESTAMP") ? TIMESTAMP_WITH_ZONE : TIME;
    }
    switch (base) {
      case "CHAR": case "VARCHAR": case "TEXT": case "STRING": case "CHARACTER VARYING":
        return TEXT;
      case "TINYINT": case "SMALLINT": case "INTEGER": case "INT": case "BIGINT": case "INT64":
        return INTEGER;
      case "DECIMAL": case "NUMERIC": case "NUMBER":
        return DECIMAL;
      case "REAL": case "FLOAT": case "DOUBLE": case "DOUBLE PRECISION": case "FLOAT64":
        return FLOAT;
      case "BOOLEAN": case "BOOL":
        return BOOLEAN;
      case "DATE":
        return DATE;
      case "TIME":
        return TIME;
      case "TIMESTAMP": case "DATETIME":
        return TIMESTAMP;
      default:
        return OTHER;
    }
  }
}
