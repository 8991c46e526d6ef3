package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * What a validated model must also pass to run on the target warehouse. Calcite validates with
 * every warehouse's functions and coerces types freely, so it accepts {@code SUM(name)} and
 * {@code mrr + name}; the warehouse then fails at run time with an error pointing nowhere. These
 * checks walk the validated tree with its types and report, each at its own position: functions and
 * syntax the target lacks, aggregates and arithmetic over text, and comparisons the target refuses.
 */
final class WarehouseChecks {

  private static final Set<SqlKind> NUMERIC_AGGREGATES =
      Set.of(SqlKind.SUM, SqlKind.SUM0, SqlKind.AVG, SqlKind.STDDEV_POP, SqlKind.STDDEV_SAMP, SqlKind.VAR_POP, SqlKind.VAR_SAMP);

  private final SqlValidator validator;
  private final WarehouseRules rules;
  private final RenderedSql sql;
  private final Diagnostics diagnostics;

  private WarehouseChecks(SqlValidator validator, WarehouseRules rules, RenderedSql sql, Diagnostics diagnostics) {
    this.validator = validator;
    this.rules = rules;
    this.sql = sql;
    this.diagnostics = diagnostics;
  }

  /** Reports every problem of a validated query; returns whether there was none. */
  static boolean check(SqlNode validated, SqlValidator validator, WarehouseRules rules, RenderedSql sql, Diagnostics diagnostics) {
    Diagnostics own = new Diagnostics();
    validated.accept(new WarehouseChecks(validator, rules, sql, own).visitor());
    diagnostics.addAll(own.sorted());
    return !own.hasErrors();
  }

  private SqlBasicVisitor<Void> visitor() {
    return new SqlBasicVisitor<>() {
      @Override
      public Void visit(SqlCall call) {
        checkCall(call);
        return super.visit(call);
      }
    };
  }

  private void checkCall(SqlCall call) {
    if (call instanceof SqlSelect select && select.getQualify() != null) {
      syntax(WarehouseRules.Syntax.QUALIFY, select.getQualify().getParserPosition());
    }
    switch (call.getKind()) {
      case PIVOT -> syntax(WarehouseRules.Syntax.PIVOT, call.getParserPosition());
      case UNPIVOT -> syntax(WarehouseRules.Syntax.UNPIVOT, call.getParserPosition());
      case IGNORE_NULLS -> syntax(WarehouseRules.Syntax.IGNORE_NULLS, call.getParserPosition());
      case PLUS, MINUS, TIMES, DIVIDE, MOD -> arithmetic(call);
      case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> comparison(call);
      default -> {}
    }
    String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
    if (name.equals("ILIKE") || name.equals("NOT ILIKE")) {
      syntax(WarehouseRules.Syntax.ILIKE, call.getParserPosition());
    }
    if (NUMERIC_AGGREGATES.contains(call.getKind()) && call.operandCount() > 0) {
      SqlNode operand = written(call.operand(0));
      RelDataType type = typeOf(operand);
      if (type != null && SqlTypeUtil.inCharFamily(type) && !(operand instanceof SqlLiteral)) {
        error(
            DiagnosticCode.EBB134,
            call.getParserPosition(),
            call.getOperator().getName() + " of text: " + describe(operand) + " is " + typeName(type),
            "cast it to a number if it holds numbers: " + call.getOperator().getName() + "(CAST(... AS DECIMAL(38, 9)))");
      }
    }
    if (call.getOperator() instanceof org.apache.calcite.sql.SqlFunction || call.getOperator().isAggregator()) {
      rules
          .missingFunction(name)
          .ifPresent(hint -> error(DiagnosticCode.EBB140, call.getParserPosition(), "function " + name + " does not exist on " + rules.name(), hint));
    }
  }

  private void arithmetic(SqlCall call) {
    if (call.operandCount() != 2) {
      return;
    }
    SqlNode left = written(call.operand(0));
    SqlNode right = written(call.operand(1));
    RelDataType leftType = typeOf(left);
    RelDataType rightType = typeOf(right);
    if (leftType == null || rightType == null) {
      return;
    }
    for (SqlNode operand : new SqlNode[] {left, right}) {
      RelDataType type = operand == left ? leftType : rightType;
      if ((SqlTypeUtil.inCharFamily(type) || SqlTypeUtil.inBooleanFamily(type)) && !(operand instanceof SqlLiteral)) {
        error(
            DiagnosticCode.EBB134,
            call.getParserPosition(),
            "cannot apply '" + call.getOperator().getName() + "' to " + typeName(leftType) + " and " + typeName(rightType) + ": " + describe(operand) + " is " + typeName(type),
            SqlTypeUtil.inCharFamily(type) ? "CAST the text to a number, or use || to concatenate text" : "use CASE WHEN to turn the boolean into a number");
        return;
      }
    }
    if (WarehouseFunctions.isDateArithmetic(leftType, rightType) && !rules.dateIntegerArithmetic()) {
      error(
          DiagnosticCode.EBB134,
          call.getParserPosition(),
          "cannot apply '" + call.getOperator().getName() + "' to " + typeName(leftType) + " and " + typeName(rightType) + " on " + rules.name(),
          "use DATE_ADD(d, INTERVAL n DAY), DATE_SUB or DATE_DIFF");
    }
  }

  private void comparison(SqlCall call) {
    if (call.operandCount() != 2) {
      return;
    }
    SqlNode left = written(call.operand(0));
    SqlNode right = written(call.operand(1));
    RelDataType leftType = typeOf(left);
    RelDataType rightType = typeOf(right);
    if (leftType == null || rightType == null || left instanceof SqlLiteral || right instanceof SqlLiteral) {
      return;
    }
    if (incomparable(leftType, rightType)) {
      error(
          DiagnosticCode.EBB134,
          call.getParserPosition(),
          "cannot compare " + typeName(leftType) + " with " + typeName(rightType) + (rules.name() == null ? "" : " on " + rules.name()),
          "CAST one side to the other's type");
    }
  }

  private boolean incomparable(RelDataType a, RelDataType b) {
    SqlTypeFamily fa = family(a);
    SqlTypeFamily fb = family(b);
    if (fa == null || fb == null || fa == fb) {
      return false;
    }
    boolean textAndNumber =
        (fa == SqlTypeFamily.CHARACTER && fb == SqlTypeFamily.NUMERIC) || (fa == SqlTypeFamily.NUMERIC && fb == SqlTypeFamily.CHARACTER);
    if (textAndNumber) {
      return !rules.textComparesWithNumbers();
    }
    boolean datetime = fa == SqlTypeFamily.DATETIME || fb == SqlTypeFamily.DATETIME;
    boolean bool = fa == SqlTypeFamily.BOOLEAN || fb == SqlTypeFamily.BOOLEAN;
    boolean number = fa == SqlTypeFamily.NUMERIC || fb == SqlTypeFamily.NUMERIC;
    return (datetime && (bool || number)) || (bool && number && !rules.textComparesWithNumbers());
  }

  private static SqlTypeFamily family(RelDataType type) {
    if (SqlTypeUtil.inCharFamily(type)) {
      return SqlTypeFamily.CHARACTER;
    }
    if (SqlTypeUtil.isNumeric(type)) {
      return SqlTypeFamily.NUMERIC;
    }
    if (SqlTypeUtil.isDatetime(type)) {
      return SqlTypeFamily.DATETIME;
    }
    if (SqlTypeUtil.inBooleanFamily(type)) {
      return SqlTypeFamily.BOOLEAN;
    }
    return null;
  }

  private void syntax(WarehouseRules.Syntax syntax, SqlParserPos pos) {
    rules.unsupported(syntax).ifPresent(hint -> error(DiagnosticCode.EBB141, pos, syntax.written + " is not supported on " + rules.name(), hint));
  }

  /**
   * The operand as the user wrote it: a cast that type coercion inserted has no position of its own
   * (none, or its operand's), while a written CAST spans more than its operand.
   */
  private static SqlNode written(SqlNode node) {
    while (node instanceof SqlCall call && call.getKind() == SqlKind.CAST && isImplicit(call)) {
      node = call.operand(0);
    }
    return node;
  }

  private static boolean isImplicit(SqlCall cast) {
    SqlParserPos pos = cast.getParserPosition();
    return pos.equals(SqlParserPos.ZERO) || pos.equals(cast.operand(0).getParserPosition());
  }

  private RelDataType typeOf(SqlNode node) {
    try {
      RelDataType type = validator.getValidatedNodeTypeIfKnown(node);
      return type == null || type.getSqlTypeName() == SqlTypeName.NULL || type.getSqlTypeName() == SqlTypeName.ANY ? null : type;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String describe(SqlNode node) {
    return node instanceof SqlIdentifier id ? "'" + id.names.get(id.names.size() - 1) + "'" : "the operand";
  }

  private static String typeName(RelDataType type) {
    return type.getSqlTypeName().getName();
  }

  private void error(DiagnosticCode code, SqlParserPos pos, String message, String hint) {
    diagnostics.error(code, sql.locate(pos.getLineNum(), pos.getColumnNum()), message, hint);
  }
}
