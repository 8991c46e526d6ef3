package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.SnowflakeSqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Snowflake. Rows hash with {@code HASH(text)}: 64 bits, the fastest built-in hash.
 *
 * <p>Records are mapped in Java (no {@link #json()}): {@code TO_JSON(OBJECT_CONSTRUCT_KEEP_NULL(...))}
 * does not keep the fields' order (an OBJECT's keys come out sorted).
 */
public final class SnowflakeDialect implements Dialect {

  @Override
  public String name() {
    return "snowflake";
  }

  /** Calcite's dialect, writing interval literals the way this warehouse reads them. */
  private static final SqlDialect SQL_DIALECT =
      new SnowflakeSqlDialect(SnowflakeSqlDialect.DEFAULT_CONTEXT) {
        @Override
        public void unparseSqlIntervalLiteral(SqlWriter writer, SqlIntervalLiteral literal, int leftPrec, int rightPrec) {
          UnitInQuotesIntervals.unparse(writer, literal);
        }
      };

  @Override
  public SqlDialect sqlDialect() {
    return SQL_DIALECT;
  }

  @Override
  public Set<SqlConstruct> unwritable() {
    return EnumSet.of(SqlConstruct.UNNEST, SqlConstruct.INTERVAL_EXPRESSION, SqlConstruct.INTERVAL_RANGE);
  }

  @Override
  public String foldUnquoted(String identifier) {
    return identifier.toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public String quoteIdentifier(String identifier) {
    return SqlText.doubleQuoted(identifier);
  }

  @Override
  public String stringLiteral(String value) {
    // Snowflake reads backslash escapes inside single-quoted strings.
    return SqlText.singleQuoted(value, true);
  }

  @Override
  public SqlParser.Config parserConfig() {
    return SqlText.babel(Quoting.DOUBLE_QUOTE);
  }

  /**
   * TRANSIENT: no Fail-safe, the seven days of storage Snowflake bills after a permanent table's
   * data changes or is dropped. The snapshot is rewritten by every commit and each run's tables are
   * dropped within hours, so Fail-safe would bill for copies nobody restores. Not TEMPORARY, not
   * even for a run's diff and failed keys: a temporary table dies with its session, and a run
   * resumed after a crash (or reading the diff over another pooled connection) needs them.
   */
  @Override
  public String tableKind() {
    return "TRANSIENT";
  }

  @Override
  public String textType() {
    return "VARCHAR";
  }

  @Override
  public String bigintType() {
    return "BIGINT";
  }

  @Override
  public String hashType() {
    return "BIGINT";
  }

  @Override
  public String canonicalText(String expression, ValueKind kind) {
    switch (kind) {
      case TEXT:
        return expression;
      case BOOLEAN:
        return SqlText.booleanText(expression);
      case DATE:
        return "TO_CHAR(" + expression + ", 'YYYY-MM-DD')";
      case TIMESTAMP:
      case TIMESTAMP_WITH_ZONE:
        return "CAST(DATE_PART(EPOCH_MICROSECOND, " + expression + ") AS VARCHAR)";
      default:
        return "CAST(" + expression + " AS VARCHAR)";
    }
  }

  @Override
  public String rowHash(String seed, List<HashInput> values) {
    return "HASH(" + SqlText.hashText(this, seed, values) + ")";
  }
}
