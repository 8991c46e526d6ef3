package dev.ebb.compiler.dialect;

import org.apache.calcite.sql.dialect.BigQuerySqlDialect;

/**
 * Google BigQuery. Rows hash with {@code FARM_FINGERPRINT(text)}: INT64, documented as stable.
 * Identifiers are backtick-quoted and string literals use backslash escapes.
 *
 * <p>Records are mapped in Java (no {@link #json()}): {@code TO_JSON_STRING(STRUCT(...))} keeps the
 * order but takes only field names that are valid column names, and how it writes NUMERIC, FLOAT64
 * and timestamps cannot be checked against a real BigQuery here.
 */
public final class BigQueryDialect extends StandardDialect {

  private static final DialectFacts FACTS =
      DialectFacts.builder("bigquery", BigQuerySqlDialect.DEFAULT)
          .identifierQuoting(IdentifierQuoting.BACKTICKS_WITH_BACKSLASH_ESCAPES)
          .stringEscaping(StringEscaping.BACKSLASH_AND_LINE_BREAKS)
          .textType("STRING")
          .bigintType("INT64")
          .hashType("INT64")
          .textHashFunction("FARM_FINGERPRINT")
          // BigQuery has neither NATURAL JOIN nor ILIKE.
          .unwritable(SqlConstruct.NATURAL_JOIN, SqlConstruct.ILIKE)
          .withoutTransactionalDml()
          .build();

  public BigQueryDialect() {
    super(FACTS);
  }

  @Override
  protected String timestampText(String expression, ValueKind kind) {
    // A DATETIME converts to a TIMESTAMP as UTC.
    String timestamp = kind == ValueKind.TIMESTAMP ? "CAST(" + expression + " AS TIMESTAMP)" : expression;
    return castToText("UNIX_MICROS(" + timestamp + ")");
  }
}
