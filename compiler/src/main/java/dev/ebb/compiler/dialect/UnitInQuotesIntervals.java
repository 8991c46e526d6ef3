package dev.ebb.compiler.dialect;

import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlWriter;

/**
 * Interval literals with the unit inside the quotes, {@code INTERVAL '3 MONTH'}: the only form
 * Snowflake reads (it would take {@code INTERVAL '3' MONTH} as three seconds named {@code MONTH})
 * and the one Redshift documents. Literals spanning several units are refused before unparsing
 * ({@link SqlConstruct#INTERVAL_RANGE}).
 */
final class UnitInQuotesIntervals {

  private UnitInQuotesIntervals() {}

  static void unparse(SqlWriter writer, SqlIntervalLiteral literal) {
    SqlIntervalLiteral.IntervalValue value = literal.getValueAs(SqlIntervalLiteral.IntervalValue.class);
    String sign = value.getSign() < 0 ? "-" : "";
    String unit = value.getIntervalQualifier().timeUnitRange.startUnit.name();
    writer.keyword("INTERVAL");
    writer.literal("'" + sign + value.getIntervalLiteral().replace("'", "''") + " " + unit + "'");
  }
}
