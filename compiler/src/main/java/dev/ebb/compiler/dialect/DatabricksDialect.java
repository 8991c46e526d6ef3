package dev.ebb.compiler.dialect;

import org.apache.calcite.sql.dialect.SparkSqlDialect;

/**
 * Databricks (Spark SQL on Delta tables). Rows hash with {@code XXHASH64(text)}: 64 bits, the
 * fastest built-in. Identifiers are backtick-quoted with doubled backticks.
 *
 * <p>Records are mapped in Java (no {@link #json()}): {@code to_json(named_struct(...))} keeps the
 * order, but writes timestamps by the session's time zone and options, and cannot be checked
 * against a real Databricks here.
 */
public final class DatabricksDialect extends StandardDialect {

  private static final DialectFacts FACTS =
      DialectFacts.builder("databricks", SparkSqlDialect.DEFAULT)
          .identifierQuoting(IdentifierQuoting.BACKTICKS)
          .stringEscaping(StringEscaping.BACKSLASH)
          .textType("STRING")
          .textHashFunction("XXHASH64")
          // Spark reads arrays with explode, and its INTERVAL takes literals only.
          .unwritable(SqlConstruct.UNNEST, SqlConstruct.INTERVAL_EXPRESSION)
          .withoutTransactionalDml()
          .build();

  public DatabricksDialect() {
    super(FACTS);
  }

  /** A TIMESTAMP_NTZ (like a DATE) prints in ISO form whatever the session time zone. */
  @Override
  protected String timestampText(String expression, ValueKind kind) {
    return kind == ValueKind.TIMESTAMP_WITH_ZONE
        ? castToText("UNIX_MICROS(" + expression + ")")
        : castToText(expression);
  }
}
