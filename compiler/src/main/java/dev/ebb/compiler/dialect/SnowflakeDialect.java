package dev.ebb.compiler.dialect;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.SnowflakeSqlDialect;

/**
 * Snowflake. Rows hash with {@code HASH(text)}: 64 bits, the fastest built-in hash.
 *
 * <p>ebb's tables are TRANSIENT: no Fail-safe, the seven days of storage Snowflake bills after a
 * permanent table's data changes or is dropped. The snapshot is rewritten by every commit and each
 * run's tables are dropped within hours, so Fail-safe would bill for copies nobody restores. Not
 * TEMPORARY, not even for a run's diff and failed keys: a temporary table dies with its session,
 * and a run resumed after a crash (or reading the diff over another pooled connection) needs them.
 *
 * <p>Records are mapped in Java (no {@link #json()}): {@code TO_JSON(OBJECT_CONSTRUCT_KEEP_NULL(...))}
 * does not keep the fields' order (an OBJECT's keys come out sorted).
 */
public final class SnowflakeDialect extends StandardDialect {

  /** Calcite's dialect, writing interval literals the way this warehouse reads them. */
  private static final SqlDialect SQL_DIALECT =
      new SnowflakeSqlDialect(SnowflakeSqlDialect.DEFAULT_CONTEXT) {
        @Override
        public void unparseSqlIntervalLiteral(SqlWriter writer, SqlIntervalLiteral literal, int leftPrec, int rightPrec) {
          UnitInQuotesIntervals.unparse(writer, literal);
        }
      };

  private static final DialectFacts FACTS =
      DialectFacts.builder("snowflake", SQL_DIALECT)
          .unquotedCasing(Casing.TO_UPPER)
          .stringEscaping(StringEscaping.DOUBLED_QUOTE_AND_BACKSLASH)
          .textType("VARCHAR")
          .textHashFunction("HASH")
          .dateTextFollowsSession()
          .tableKind("TRANSIENT")
          .unwritable(SqlConstruct.UNNEST, SqlConstruct.INTERVAL_EXPRESSION, SqlConstruct.INTERVAL_RANGE)
          .build();

  public SnowflakeDialect() {
    super(FACTS);
  }

  @Override
  protected String timestampText(String expression, ValueKind kind) {
    return castToText("DATE_PART(EPOCH_MICROSECOND, " + expression + ")");
  }
}
