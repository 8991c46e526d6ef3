package dev.ebb.compiler.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Reads the column types written in {@code sources.yml} (or pulled from a warehouse) as Calcite
 * types. Standard SQL type names parse directly; common warehouse spellings are translated first.
 */
final class CatalogTypes {

  private static final Pattern NAME = Pattern.compile("^([A-Z_][A-Z0-9_ ]*?)\\s*(\\(.*\\))?$");

  /** Warehouse type names and the standard type each one behaves as for validation. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("INT", "INTEGER"),
          Map.entry("BYTEINT", "TINYINT"),
          Map.entry("VARCHAR2", "VARCHAR"),
          Map.entry("NVARCHAR2", "VARCHAR"),
          Map.entry("BIGDECIMAL", "DECIMAL(38, 9)"),
          Map.entry("INT2", "SMALLINT"),
          Map.entry("INT4", "INTEGER"),
          Map.entry("INT8", "BIGINT"),
          Map.entry("INT64", "BIGINT"),
          Map.entry("LONG", "BIGINT"),
          Map.entry("HUGEINT", "DECIMAL(38, 0)"),
          Map.entry("UBIGINT", "DECIMAL(20, 0)"),
          Map.entry("FLOAT4", "REAL"),
          Map.entry("FLOAT8", "DOUBLE"),
          Map.entry("FLOAT64", "DOUBLE"),
          Map.entry("NUMBER", "DECIMAL"),
          Map.entry("BIGNUMERIC", "DECIMAL(38, 9)"),
          Map.entry("BOOL", "BOOLEAN"),
          Map.entry("TEXT", "VARCHAR"),
          Map.entry("STRING", "VARCHAR"),
          Map.entry("BPCHAR", "CHAR"),
          Map.entry("NVARCHAR", "VARCHAR"),
          Map.entry("CHARACTER VARYING", "VARCHAR"),
          Map.entry("UUID", "VARCHAR"),
          Map.entry("JSON", "VARCHAR"),
          Map.entry("JSONB", "VARCHAR"),
          Map.entry("VARIANT", "VARCHAR"),
          Map.entry("OBJECT", "VARCHAR"),
          Map.entry("BYTEA", "VARBINARY"),
          Map.entry("BLOB", "VARBINARY"),
          Map.entry("BYTES", "VARBINARY"),
          Map.entry("DATETIME", "TIMESTAMP"),
          Map.entry("TIMESTAMP_NTZ", "TIMESTAMP"),
          Map.entry("TIMESTAMPTZ", "TIMESTAMP WITH LOCAL TIME ZONE"),
          Map.entry("TIMESTAMP_TZ", "TIMESTAMP WITH LOCAL TIME ZONE"),
          Map.entry("TIMESTAMP_LTZ", "TIMESTAMP WITH LOCAL TIME ZONE"),
          Map.entry("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH LOCAL TIME ZONE"),
          Map.entry("TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP"),
          Map.entry("TIME WITHOUT TIME ZONE", "TIME"));

  private static final Map<String, Optional<RelDataType>> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, Optional<SqlDataTypeSpec>> SPECS = new ConcurrentHashMap<>();
  private static final SqlValidator TYPE_VALIDATOR =
      WarehouseSql.validator(
          new CalciteCatalogReader(
              CalciteSchema.createRootSchema(false, false), List.of(), WarehouseSql.TYPE_FACTORY, WarehouseSql.CONNECTION));

  private CatalogTypes() {}

  /** The nullable Calcite type for a type as written, or empty when it is not a known type. */
  static Optional<RelDataType> parse(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String normalized = written.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    return CACHE.computeIfAbsent(normalized, CatalogTypes::derive);
  }

  /**
   * The standard type a warehouse type name without precision stands for ({@code TEXT}:
   * {@code VARCHAR}), as a cast's type; empty when the name is not an alias ebb knows.
   */
  static Optional<SqlDataTypeSpec> standardSpec(String name) {
    String alias = ALIASES.get(name.toUpperCase(Locale.ROOT));
    return alias == null ? Optional.empty() : SPECS.computeIfAbsent(alias, CatalogTypes::spec);
  }

  private static Optional<SqlDataTypeSpec> spec(String standard) {
    try {
      SqlBasicCall cast = (SqlBasicCall) SqlParser.create("CAST(NULL AS " + standard + ")", WarehouseSql.PARSER).parseExpression();
      return Optional.of(cast.operand(1));
    } catch (SqlParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<RelDataType> derive(String normalized) {
    String standard = normalized;
    Matcher matcher = NAME.matcher(normalized);
    if (matcher.matches() && ALIASES.containsKey(matcher.group(1))) {
      String alias = ALIASES.get(matcher.group(1));
      standard = alias.contains("(") || matcher.group(2) == null ? alias : alias + matcher.group(2);
    }
    try {
      SqlBasicCall cast = (SqlBasicCall) SqlParser.create("CAST(NULL AS " + standard + ")", WarehouseSql.PARSER).parseExpression();
      SqlDataTypeSpec spec = cast.operand(1);
      synchronized (TYPE_VALIDATOR) {
        return Optional.of(spec.deriveType(TYPE_VALIDATOR, true));
      }
    } catch (SqlParseException | RuntimeException e) {
      // Anything the parser or Calcite's type derivation rejects is not a type we can check against.
      return Optional.empty();
    }
  }
}
