package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.SqlConstruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Finds the constructs of a model's SQL that a warehouse cannot write ({@link
 * Dialect#unwritable}), each as a located error naming the warehouse.
 */
final class UnwritableConstructs extends SqlBasicVisitor<Void> {

  private final RenderedSql sql;
  private final Dialect dialect;
  private final Set<SqlConstruct> unwritable;
  private final List<Diagnostic> found = new ArrayList<>();

  private UnwritableConstructs(RenderedSql sql, Dialect dialect) {
    this.sql = sql;
    this.dialect = dialect;
    this.unwritable = dialect.unwritable();
  }

  /** The errors for {@code dialect} in a model's written tree, in the order they appear. */
  static List<Diagnostic> of(SqlNode written, RenderedSql sql, Dialect dialect) {
    if (dialect.unwritable().isEmpty() && !sql.text().toLowerCase(Locale.ROOT).contains("like")) {
      return List.of();
    }
    UnwritableConstructs finder = new UnwritableConstructs(sql, dialect);
    written.accept(finder);
    return finder.found;
  }

  @Override
  public Void visit(SqlCall call) {
    if (call instanceof SqlJoin join && join.isNatural()) {
      // At NATURAL, where the join is written; the join's own position is its JOIN keyword.
      SqlParserPos natural = join.isNaturalNode().getParserPosition();
      report(SqlConstruct.NATURAL_JOIN, natural.getLineNum() > 0 ? natural : join.getParserPosition());
    } else if (call.getKind() == SqlKind.UNNEST) {
      report(SqlConstruct.UNNEST, call.getParserPosition());
    } else if (call.getKind() == SqlKind.INTERVAL) {
      report(SqlConstruct.INTERVAL_EXPRESSION, call.getParserPosition());
    } else if (call.getOperator() instanceof QuantifiedLike.Operator like) {
      quantifiedLike(call, like);
    } else if (call.getOperator().getName().toUpperCase(Locale.ROOT).endsWith("ILIKE")) {
      report(SqlConstruct.ILIKE, call.getParserPosition());
    }
    return super.visit(call);
  }

  @Override
  public Void visit(SqlLiteral literal) {
    if (literal instanceof SqlIntervalLiteral interval
        && interval.getValueAs(SqlIntervalLiteral.IntervalValue.class).getIntervalQualifier().timeUnitRange.endUnit != null) {
      report(SqlConstruct.INTERVAL_RANGE, literal.getParserPosition());
    }
    return null;
  }

  /**
   * A quantified LIKE is written as it is or not at all: its list and array forms are not
   * interchangeable (PostgreSQL takes only the array, Snowflake only the list).
   */
  private void quantifiedLike(SqlCall call, QuantifiedLike.Operator like) {
    WarehouseRules rules = WarehouseRules.of(dialect.name()).orElse(WarehouseRules.ANY);
    boolean array = QuantifiedLike.readsArray(call);
    String written = like.getName() + (array ? " (ARRAY[...])" : " (pattern, ...)");
    String hint = rules.unsupported(array ? WarehouseRules.Syntax.LIKE_ANY_ARRAY : WarehouseRules.Syntax.LIKE_ANY_LIST)
        .or(() -> like.ignoresCase() ? rules.unsupported(WarehouseRules.Syntax.ILIKE) : java.util.Optional.empty())
        .orElse(null);
    if (hint != null) {
      SqlParserPos pos = call.getParserPosition();
      found.add(Diagnostic.error(DiagnosticCode.EBB150, sql.locate(pos.getLineNum(), pos.getColumnNum()), written + " cannot be written for " + dialect.name(), hint));
    }
  }

  private void report(SqlConstruct construct, SqlParserPos pos) {
    if (unwritable.contains(construct)) {
      found.add(
          Diagnostic.error(
              construct.name().startsWith("INTERVAL") ? DiagnosticCode.EBB151 : DiagnosticCode.EBB150,
              sql.locate(pos.getLineNum(), pos.getColumnNum()),
              construct.description() + " cannot be written for " + dialect.name(),
              construct.hint()));
    }
  }
}
