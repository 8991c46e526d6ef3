package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CharLiteralStyle;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.BigQuerySqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Google BigQuery. Rows hash with {@code FARM_FINGERPRINT(text)}: INT64, documented as stable.
 * Identifiers are backtick-quoted and string literals use backslash escapes.
 *
 * <p>Records are mapped in Java (no {@link #json()}): {@code TO_JSON_STRING(STRUCT(...))} keeps the
 * order but takes only field names that are valid column names, and how it writes NUMERIC, FLOAT64
 * and timestamps cannot be checked against a real BigQuery here.
 */
public final class BigQueryDialect implements Dialect {

  @Override
  public String name() {
    return "bigquery";
  }

  @Override
  public SqlDialect sqlDialect() {
    return BigQuerySqlDialect.DEFAULT;
  }

  /** BigQuery has neither NATURAL JOIN nor ILIKE. */
  @Override
  public Set<SqlConstruct> unwritable() {
    return EnumSet.of(SqlConstruct.NATURAL_JOIN, SqlConstruct.ILIKE);
  }

  @Override
  public String quoteIdentifier(String identifier) {
    return '`' + backslashEscaped(identifier).replace("`", "\\`") + '`';
  }

  @Override
  public String stringLiteral(String value) {
    return "'" + backslashEscaped(value).replace("'", "\\'") + "'";
  }

  private static String backslashEscaped(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  @Override
  public SqlParser.Config parserConfig() {
    return SqlText.babel(Quoting.BACK_TICK_BACKSLASH)
        .withCharLiteralStyles(Set.of(CharLiteralStyle.BQ_SINGLE, CharLiteralStyle.BQ_DOUBLE));
  }

  @Override
  public String textType() {
    return "STRING";
  }

  @Override
  public String bigintType() {
    return "INT64";
  }

  @Override
  public String hashType() {
    return "INT64";
  }

  @Override
  public String canonicalText(String expression, ValueKind kind) {
    switch (kind) {
      case TEXT:
        return expression;
      case BOOLEAN:
        return SqlText.booleanText(expression);
      case TIMESTAMP:
        // A DATETIME converts to a TIMESTAMP as UTC.
        return "CAST(UNIX_MICROS(CAST(" + expression + " AS TIMESTAMP)) AS STRING)";
      case TIMESTAMP_WITH_ZONE:
        return "CAST(UNIX_MICROS(" + expression + ") AS STRING)";
      default:
        return "CAST(" + expression + " AS STRING)";
    }
  }

  @Override
  public String rowHash(String seed, List<HashInput> values) {
    return "FARM_FINGERPRINT(" + SqlText.hashText(this, seed, values) + ")";
  }

  @Override
  public boolean transactionalDml() {
    return false;
  }
}
