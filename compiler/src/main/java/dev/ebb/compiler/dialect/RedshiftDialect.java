package dev.ebb.compiler.dialect;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.RedshiftSqlDialect;

/**
 * Amazon Redshift. Rows hash with {@code FNV_HASH(text)}: 64 bits. Text is {@code VARCHAR(65535)}
 * because a bare VARCHAR means 256 bytes there. A WITH cannot nest in a CTE, so compiled SQL keeps
 * every CTE at the top of its statement.
 *
 * <p>Records are mapped in Java (no {@link #json()}): Redshift has no JSON object constructor over
 * ordinary columns that escapes text ({@code JSON_SERIALIZE(OBJECT(...))} goes through SUPER, whose
 * numbers and key order are not the mapper's).
 */
public final class RedshiftDialect extends StandardDialect {

  /** Calcite's dialect, writing interval literals the way this warehouse reads them. */
  private static final SqlDialect SQL_DIALECT =
      new RedshiftSqlDialect(RedshiftSqlDialect.DEFAULT_CONTEXT) {
        @Override
        public void unparseSqlIntervalLiteral(SqlWriter writer, SqlIntervalLiteral literal, int leftPrec, int rightPrec) {
          UnitInQuotesIntervals.unparse(writer, literal);
        }
      };

  private static final DialectFacts FACTS =
      DialectFacts.builder("redshift", SQL_DIALECT)
          .unquotedCasing(Casing.TO_LOWER)
          .stringEscaping(StringEscaping.DOUBLED_QUOTE_AND_BACKSLASH)
          .textType("VARCHAR(65535)")
          .textHashFunction("FNV_HASH")
          .dateTextFollowsSession()
          .unwritable(SqlConstruct.UNNEST, SqlConstruct.INTERVAL_EXPRESSION, SqlConstruct.INTERVAL_RANGE)
          // Redshift's WITH clause documentation: a WITH clause subquery cannot contain another WITH.
          .withoutNestedWith()
          .build();

  public RedshiftDialect() {
    super(FACTS);
  }

  @Override
  protected String timestampText(String expression, ValueKind kind) {
    String utc = kind == ValueKind.TIMESTAMP_WITH_ZONE ? "CONVERT_TIMEZONE('UTC', " + expression + ")" : expression;
    return castToText("DATEDIFF(microsecond, TIMESTAMP '1970-01-01 00:00:00', " + utc + ")");
  }
}
