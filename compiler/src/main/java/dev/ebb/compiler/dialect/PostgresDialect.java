package dev.ebb.compiler.dialect;

import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;

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
public final class PostgresDialect extends StandardDialect {

  private static final DialectFacts FACTS =
      DialectFacts.builder("postgres", PostgresqlSqlDialect.DEFAULT)
          .unquotedCasing(Casing.TO_LOWER)
          .textType("TEXT")
          .dateTextFollowsSession()
          // PostgreSQL's INTERVAL takes a string literal only.
          .unwritable(SqlConstruct.INTERVAL_EXPRESSION)
          // The diff statement runs without JIT compilation: its cost estimate over a model of a
          // million rows crosses jit_above_cost, and compiling its expressions cost more than it
          // saved (about 7% of the statement's CPU time on a million rows, measured).
          .diffTableSetting("SET jit = off", "RESET jit")
          .json(new PostgresJson())
          .build();

  public PostgresDialect() {
    super(FACTS);
  }

  /** Epoch microseconds: independent of TimeZone and DateStyle. */
  @Override
  protected String timestampText(String expression, ValueKind kind) {
    return castToText("CAST(EXTRACT(EPOCH FROM " + expression + ") * 1000000 AS BIGINT)");
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
}
