package dev.ebb.compiler.sql;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.fun.SqlMonotonicBinaryOperator;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
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


  /**
   * {@code date + 7}, {@code 7 + date}: days added to a date (DuckDB, PostgreSQL, Snowflake,
   * Redshift, Databricks), besides what the standard {@code +} takes.
   */
  static final SqlBinaryOperator PLUS =
      new SqlMonotonicBinaryOperator(
          "+",
          SqlKind.PLUS,
          40,
          true,
          ReturnTypes.chain(WarehouseFunctions::dateIntegerType, ReturnTypes.NULLABLE_SUM),
          InferTypes.FIRST_KNOWN,
          OperandTypes.PLUS_OPERATOR
              .or(OperandTypes.family(SqlTypeFamily.DATE, SqlTypeFamily.INTEGER))
              .or(OperandTypes.family(SqlTypeFamily.INTEGER, SqlTypeFamily.DATE)));

  /** {@code date - 7} (a date), {@code date - date} (a number of days), besides the standard {@code -}. */
  static final SqlBinaryOperator MINUS =
      new SqlMonotonicBinaryOperator(
          "-",
          SqlKind.MINUS,
          40,
          true,
          ReturnTypes.chain(WarehouseFunctions::dateIntegerType, WarehouseFunctions::dateDifferenceType, ReturnTypes.NULLABLE_SUM),
          InferTypes.FIRST_KNOWN,
          OperandTypes.MINUS_OPERATOR
              .or(OperandTypes.family(SqlTypeFamily.DATE, SqlTypeFamily.INTEGER))
              .or(OperandTypes.family(SqlTypeFamily.DATE, SqlTypeFamily.DATE)));

  /** Snowflake's {@code IFF(condition, a, b)}, typed like BigQuery's {@code IF}. */
  static final SqlFunction IFF =
      new SqlFunction(
          "IFF",
          SqlKind.OTHER_FUNCTION,
          SqlLibraryOperators.IF.getReturnTypeInference(),
          SqlLibraryOperators.IF.getOperandTypeInference(),
          SqlLibraryOperators.IF.getOperandTypeChecker(),
          SqlFunctionCategory.SYSTEM);

  /** Snowflake's {@code ZEROIFNULL(x)}: {@code COALESCE(x, 0)}. */
  static final SqlFunction ZEROIFNULL =
      new SqlFunction(
          "ZEROIFNULL",
          SqlKind.OTHER_FUNCTION,
          ReturnTypes.ARG0.andThen(org.apache.calcite.sql.type.SqlTypeTransforms.TO_NOT_NULLABLE),
          null,
          OperandTypes.NUMERIC,
          SqlFunctionCategory.NUMERIC);

  /**
   * What ebb adds to Calcite's operator tables. Calcite binds an operator again by name when it
   * validates a call, so {@link #PLUS} and {@link #MINUS} take effect through this table.
   */
  static final List<SqlOperator> ALL = List.of(DATE_TRUNC, IFF, ZEROIFNULL, PLUS, MINUS);

  private WarehouseFunctions() {}

  /** The date's type when one operand is a DATE and the other an integer; null otherwise. */
  private static RelDataType dateIntegerType(SqlOperatorBinding binding) {
    if (binding.getOperandCount() != 2) {
      return null;
    }
    RelDataType left = binding.getOperandType(0);
    RelDataType right = binding.getOperandType(1);
    if (isDate(left) && SqlTypeUtil.isIntType(right)) {
      return binding.getTypeFactory().createTypeWithNullability(left, left.isNullable() || right.isNullable());
    }
    if (SqlTypeUtil.isIntType(left) && isDate(right)) {
      return binding.getTypeFactory().createTypeWithNullability(right, left.isNullable() || right.isNullable());
    }
    return null;
  }

  private static RelDataType dateDifferenceType(SqlOperatorBinding binding) {
    if (binding.getOperandCount() != 2 || !isDate(binding.getOperandType(0)) || !isDate(binding.getOperandType(1))) {
      return null;
    }
    RelDataType integer = binding.getTypeFactory().createSqlType(SqlTypeName.INTEGER);
    return binding.getTypeFactory().createTypeWithNullability(integer, binding.getOperandType(0).isNullable() || binding.getOperandType(1).isNullable());
  }

  private static boolean isDate(RelDataType type) {
    return type.getSqlTypeName() == SqlTypeName.DATE;
  }

  /** Whether a call is date arithmetic with an integer or between dates, by its operands' types. */
  static boolean isDateArithmetic(RelDataType left, RelDataType right) {
    return (isDate(left) && (SqlTypeUtil.isIntType(right) || isDate(right))) || (SqlTypeUtil.isIntType(left) && isDate(right));
  }

  /** What the SQL must contain for {@link #rebind} to change anything. */
  private static final Pattern REBOUND = Pattern.compile("date_trunc|::|interval|dateadd|datediff|timestampadd|timestampdiff", Pattern.CASE_INSENSITIVE);

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

  /**
   * {@code DATEADD('day', 7, d)}: Snowflake and Redshift accept the date part quoted; Calcite's
   * DATEADD wants it as a word. Empty when the call is not of that form or the text is no date part.
   */
  private static SqlCall unquoteDatePart(SqlCall call) {
    String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
    if (!DATE_PART_FUNCTIONS.contains(name) || call.operandCount() != 3) {
      return null;
    }
    SqlNode part = call.operand(0);
    String written =
        part instanceof SqlCharStringLiteral literal
            ? literal.getValueAs(String.class)
            : part instanceof org.apache.calcite.sql.SqlIdentifier id && id.isSimple() ? id.getSimple() : null;
    TimeUnit unit = written == null ? null : DATE_PARTS.get(written.toUpperCase(Locale.ROOT));
    if (unit == null) {
      return null;
    }
    List<SqlNode> operands = new java.util.ArrayList<>(call.getOperandList());
    operands.set(0, new SqlIntervalQualifier(unit, null, part.getParserPosition()));
    return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(), operands);
  }

  private static final java.util.Set<String> DATE_PART_FUNCTIONS = java.util.Set.of("DATEADD", "DATEDIFF", "TIMESTAMPADD", "TIMESTAMPDIFF");

  private static final java.util.Map<String, TimeUnit> DATE_PARTS =
      java.util.Map.ofEntries(
          java.util.Map.entry("YEAR", TimeUnit.YEAR), java.util.Map.entry("YEARS", TimeUnit.YEAR), java.util.Map.entry("Y", TimeUnit.YEAR),
          java.util.Map.entry("QUARTER", TimeUnit.QUARTER), java.util.Map.entry("MONTH", TimeUnit.MONTH), java.util.Map.entry("MONTHS", TimeUnit.MONTH),
          java.util.Map.entry("MM", TimeUnit.MONTH), java.util.Map.entry("WEEK", TimeUnit.WEEK), java.util.Map.entry("WEEKS", TimeUnit.WEEK),
          java.util.Map.entry("DAY", TimeUnit.DAY), java.util.Map.entry("DAYS", TimeUnit.DAY), java.util.Map.entry("D", TimeUnit.DAY),
          java.util.Map.entry("DD", TimeUnit.DAY), java.util.Map.entry("HOUR", TimeUnit.HOUR), java.util.Map.entry("HOURS", TimeUnit.HOUR),
          java.util.Map.entry("MINUTE", TimeUnit.MINUTE), java.util.Map.entry("MINUTES", TimeUnit.MINUTE), java.util.Map.entry("SECOND", TimeUnit.SECOND),
          java.util.Map.entry("SECONDS", TimeUnit.SECOND), java.util.Map.entry("MILLISECOND", TimeUnit.MILLISECOND),
          java.util.Map.entry("MICROSECOND", TimeUnit.MICROSECOND));

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
      if (visited instanceof SqlCall c) {
        SqlCall unquoted = unquoteDatePart(c);
        if (unquoted != null) {
          return unquoted;
        }
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
