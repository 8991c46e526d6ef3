package dev.ebb.engine.warehouse;

import java.util.Locale;
import java.util.Map;

/**
 * Spells warehouse column types the way sources.yml does (BIGINT, VARCHAR, DECIMAL(p,s),
 * TIMESTAMP WITH TIME ZONE …), whatever the information schema called them. Types without a
 * common spelling pass through in upper case.
 */
final class TypeNames {

  private static final Map<String, String> COMMON =
      Map.ofEntries(
          Map.entry("bigint", "BIGINT"),
          Map.entry("int8", "BIGINT"),
          Map.entry("long", "BIGINT"),
          Map.entry("integer", "INTEGER"),
          Map.entry("int", "INTEGER"),
          Map.entry("int4", "INTEGER"),
          Map.entry("smallint", "SMALLINT"),
          Map.entry("int2", "SMALLINT"),
          Map.entry("tinyint", "TINYINT"),
          Map.entry("character varying", "VARCHAR"),
          Map.entry("varchar", "VARCHAR"),
          Map.entry("text", "VARCHAR"),
          Map.entry("string", "VARCHAR"),
          Map.entry("character", "VARCHAR"),
          Map.entry("char", "VARCHAR"),
          Map.entry("bpchar", "VARCHAR"),
          Map.entry("double precision", "DOUBLE"),
          Map.entry("double", "DOUBLE"),
          Map.entry("float8", "DOUBLE"),
          Map.entry("real", "REAL"),
          Map.entry("float4", "REAL"),
          Map.entry("float", "REAL"),
          Map.entry("boolean", "BOOLEAN"),
          Map.entry("bool", "BOOLEAN"),
          Map.entry("date", "DATE"),
          Map.entry("time", "TIME"),
          Map.entry("time without time zone", "TIME"),
          Map.entry("timestamp", "TIMESTAMP"),
          Map.entry("timestamp without time zone", "TIMESTAMP"),
          Map.entry("datetime", "TIMESTAMP"),
          Map.entry("timestamp_ntz", "TIMESTAMP"),
          Map.entry("timestamp with time zone", "TIMESTAMP WITH TIME ZONE"),
          Map.entry("timestamptz", "TIMESTAMP WITH TIME ZONE"),
          Map.entry("timestamp_tz", "TIMESTAMP WITH TIME ZONE"),
          Map.entry("timestamp_ltz", "TIMESTAMP WITH TIME ZONE"),
          Map.entry("bytea", "VARBINARY"),
          Map.entry("blob", "VARBINARY"),
          Map.entry("binary", "VARBINARY"),
          Map.entry("varbinary", "VARBINARY"));

  /** Where a warehouse means something else by a common name (Snowflake's FLOAT is a double). */
  private static final Map<String, Map<String, String>> BY_WAREHOUSE =
      Map.of(
          "snowflake", Map.of("float", "DOUBLE", "number", "DECIMAL"),
          // BigQuery's TIMESTAMP is an instant; its DATETIME a local date and time.
          "bigquery", Map.of("int64", "BIGINT", "float64", "DOUBLE", "bignumeric", "DECIMAL",
              "bytes", "VARBINARY", "timestamp", "TIMESTAMP WITH TIME ZONE"),
          // Databricks' TIMESTAMP is an instant (shown in the session's zone); TIMESTAMP_NTZ is not.
          "databricks", Map.of("timestamp", "TIMESTAMP WITH TIME ZONE", "short", "SMALLINT", "byte", "TINYINT",
              "float", "REAL"));

  private static final String DECIMAL = "DECIMAL";

  private final Map<String, String> overrides;

  TypeNames(String warehouseType) {
    this.overrides = BY_WAREHOUSE.getOrDefault(warehouseType, Map.of());
  }

  /**
   * @param precision numeric precision from the information schema, or null
   * @param scale numeric scale, or null
   */
  String normalize(String dataType, Integer precision, Integer scale) {
    String raw = dataType.strip();
    int paren = raw.indexOf('(');
    String base = (paren < 0 ? raw : raw.substring(0, paren)).strip().toLowerCase(Locale.ROOT);
    if (base.equals("numeric") || base.equals("decimal") || overrides.getOrDefault(base, "").equals(DECIMAL)) {
      return decimal(raw, paren, precision, scale);
    }
    String spelled = overrides.getOrDefault(base, COMMON.get(base));
    return spelled != null ? spelled : raw.toUpperCase(Locale.ROOT);
  }

  private static String decimal(String raw, int paren, Integer precision, Integer scale) {
    if (precision != null) {
      return DECIMAL + "(" + precision + "," + (scale == null ? 0 : scale) + ")";
    }
    return paren < 0 ? DECIMAL : DECIMAL + raw.substring(paren).replace(" ", "");
  }
}
