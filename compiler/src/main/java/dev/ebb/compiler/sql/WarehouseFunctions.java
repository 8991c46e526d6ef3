package dev.ebb.compiler.sql;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Warehouse functions Calcite does not know in the form warehouses write them, and dialect syntax
 * rewritten to its standard form so that compiled SQL works on every warehouse. Calcite's parser
 * binds {@code DATE_TRUNC} to BigQuery's {@code DATE_TRUNC(date, unit)}; DuckDB, PostgreSQL,
 * Snowflake, Redshift and Databricks write {@code date_trunc('month', ts)}.
 */
final class WarehouseFunctions {

  /** {@code DATE_TRUNC('<unit>', <datetime>)}, typed like its datetime argument. */
  static final SqlFunction DATE_TRUNC =
      new SqlFunction(
          "DATE_TRUNC",
          SqlKind.OTHER_FUNCTION,
          ReturnTypes.ARG1_NULLABLE,
          null,
          OperandTypes.sequence("DATE_TRUNC('<unit>', <DATETIME>)", OperandTypes.CHARACTER, OperandTypes.DATETIME),
          SqlFunctionCategory.TIMEDATE);

  static final List<SqlFunction> ALL = List.of(DATE_TRUNC);

  private WarehouseFunctions() {}

  /** What the SQL must contain for {@link #rebind} to change anything. */
  private static final Pattern REBOUND = Pattern.compile("date_trunc|::|interval", Pattern.CASE_INSENSITIVE);

  /**
   * Rebinds calls that the parser bound to a function of another dialect's signature.
   *
   * @param sql the text {@code query} was parsed from: most models mention none of the rebound
   *     syntax, and a scan of the text costs less than a copy of the tree
   */
  static SqlNode rebind(SqlNode query, String sql) {
    if (!REBOUND.matcher(sql).find()) {
      return query;
    }
    SqlNode result = query.accept(new Rebinder());
    return result == null ? query : result;
  }

  private static final class Rebinder extends SqlShuttle {
    @Override
    public SqlNode visit(SqlCall call) {
      SqlNode visited = super.visit(call);
      if (visited instanceof SqlCall c
          && c.getOperator() == SqlLibraryOperators.DATE_TRUNC
          && c.operandCount() == 2
          && c.operand(0) instanceof SqlCharStringLiteral) {
        return DATE_TRUNC.createCall(c.getParserPosition(), c.getOperandList());
      }
      // x::type is PostgreSQL syntax; the standard CAST unparses for every warehouse.
      if (visited instanceof SqlCall c && c.getOperator() == SqlLibraryOperators.INFIX_CAST) {
        return SqlStdOperatorTable.CAST.createCall(c.getParserPosition(), c.getOperandList());
      }
      return visited;
    }

    /**
     * {@code INTERVAL '90' DAY(3)}: warehouses reject a leading precision, and ebb's type system
     * gives intervals the widest one anyway.
     */
    @Override
    public SqlNode visit(SqlLiteral literal) {
      if (literal instanceof SqlIntervalLiteral interval) {
        SqlIntervalLiteral.IntervalValue value = interval.getValueAs(SqlIntervalLiteral.IntervalValue.class);
        SqlIntervalQualifier qualifier = value.getIntervalQualifier();
        if (!qualifier.useDefaultStartPrecision()) {
          SqlIntervalQualifier plain =
              new SqlIntervalQualifier(qualifier.timeUnitRange.startUnit, qualifier.timeUnitRange.endUnit, qualifier.getParserPosition());
          return SqlLiteral.createInterval(value.getSign(), value.getIntervalLiteral(), plain, literal.getParserPosition());
        }
      }
      return literal;
    }
  }
}
