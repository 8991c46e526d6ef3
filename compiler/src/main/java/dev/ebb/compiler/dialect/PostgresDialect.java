package dev.ebb.compiler.dialect;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * PostgreSQL. Rows hash with {@code hashtextextended(text, 0)}: 64 bits, built in since 11, and
 * stable across versions because hash partitioning depends on it (much faster than md5). The text
 * is the row constructor's text form, one conversion for the whole row: it quotes values holding
 * separators and writes NULL as nothing and '' as {@code ""}, so it is unambiguous; values whose
 * text depends on session settings (timestamps, dates) go in as their canonical text.
 *
 * <p>The snapshot's key is its primary key (template override): committing then works by index, in
 * time proportional to the changed keys rather than to the snapshot, and updates changed keys in
 * place ({@code INSERT ... ON CONFLICT}) instead of deleting and inserting them.
 */
public final class PostgresDialect implements Dialect {

  private static final JsonRendering JSON = new PostgresJson();

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public SqlDialect sqlDialect() {
    return PostgresqlSqlDialect.DEFAULT;
  }

  /** PostgreSQL's INTERVAL takes a string literal only. */
  @Override
  public Set<SqlConstruct> unwritable() {
    return EnumSet.of(SqlConstruct.INTERVAL_EXPRESSION);
  }

  @Override
  public String foldUnquoted(String identifier) {
    return identifier.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String quoteIdentifier(String identifier) {
    return SqlText.doubleQuoted(identifier);
  }

  @Override
  public String stringLiteral(String value) {
    return SqlText.singleQuoted(value, false);
  }

  @Override
  public SqlParser.Config parserConfig() {
    return SqlText.babel(Quoting.DOUBLE_QUOTE);
  }

  @Override
  public String textType() {
    return "TEXT";
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
        // Epoch microseconds: independent of TimeZone and DateStyle.
        return "CAST(CAST(EXTRACT(EPOCH FROM " + expression + ") * 1000000 AS BIGINT) AS TEXT)";
      default:
        return "CAST(" + expression + " AS TEXT)";
    }
  }

  @Override
  public String rowHash(String seed, List<HashInput> values) {
    StringBuilder row = new StringBuilder("ROW(").append(seed);
    for (HashInput value : values) {
      boolean settingDependent =
          value.kind() == ValueKind.DATE
              || value.kind() == ValueKind.TIMESTAMP
              || value.kind() == ValueKind.TIMESTAMP_WITH_ZONE
              || value.kind() == ValueKind.OTHER;
      row.append(", ")
          .append(settingDependent ? canonicalText(value.expression(), value.kind()) : value.expression());
    }
    return "hashtextextended(CAST(" + row + ") AS TEXT), 0)";
  }

  /**
   * The diff statement runs without JIT compilation: its cost estimate over a model of a million
   * rows crosses {@code jit_above_cost}, and compiling its expressions cost more than it saved
   * (about 7% of the statement's CPU time on a million rows, measured).
   */
  @Override
  public List<String> diffTableSettings() {
    return List.of("SET jit = off");
  }

  @Override
  public List<String> diffTableSettingsReset() {
    return List.of("RESET jit");
  }

  @Override
  public Optional<JsonRendering> json() {
    return Optional.of(JSON);
  }
}
