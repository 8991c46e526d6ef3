package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.RedshiftSqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Amazon Redshift. Rows hash with {@code FNV_HASH(text)}: 64 bits. Text is {@code VARCHAR(65535)}
 * because a bare VARCHAR means 256 bytes there. A WITH cannot nest in a CTE, so compiled SQL keeps
 * every CTE at the top of its statement.
 *
 * <p>Records are mapped in Java (no {@link #json()}): Redshift has no JSON object constructor over
 * ordinary columns that escapes text ({@code JSON_SERIALIZE(OBJECT(...))} goes through SUPER, whose
 * numbers and key order are not the mapper's).
 */
public final class RedshiftDialect implements Dialect {

  @Override
  public String name() {
    return "redshift";
  }

  /** Calcite's dialect, writing interval literals the way this warehouse reads them. */
  private static final SqlDialect SQL_DIALECT =
      new RedshiftSqlDialect(RedshiftSqlDialect.DEFAULT_CONTEXT) {
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
    return identifier.toLowerCase(java.util.Locale.ROOT);
  }

  /** Redshift's WITH clause documentation: a WITH clause subquery cannot contain another WITH. */
  @Override
  public boolean nestedWith() {
    return false;
  }

  @Override
  public String quoteIdentifier(String identifier) {
    return SqlText.doubleQuoted(identifier);
  }

  @Override
  public String stringLiteral(String value) {
    return SqlText.singleQuoted(value, true);
  }

  @Override
  public SqlParser.Config parserConfig() {
    return SqlText.babel(Quoting.DOUBLE_QUOTE);
  }

  @Override
  public String textType() {
    return "VARCHAR(65535)";
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
        return epochMicros(expression);
      case TIMESTAMP_WITH_ZONE:
        return epochMicros("CONVERT_TIMEZONE('UTC', " + expression + ")");
      default:
        return "CAST(" + expression + " AS " + textType() + ")";
    }
  }

  private String epochMicros(String timestamp) {
    return "CAST(DATEDIFF(microsecond, TIMESTAMP '1970-01-01 00:00:00', "
        + timestamp
        + ") AS "
        + textType()
        + ")";
  }

  @Override
  public String rowHash(String seed, List<HashInput> values) {
    return "FNV_HASH(" + SqlText.hashText(this, seed, values) + ")";
  }
}
