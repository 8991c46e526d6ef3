package dev.ebb.compiler.sql;

import java.util.List;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Finds a model's further errors after the first: Calcite stops at the first, so the expression it
 * failed on is replaced by {@code NULL} (which fits anywhere an expression does) and the query is
 * validated again, until it validates or an error cannot be stepped over.
 */
final class ErrorRecovery {

  private ErrorRecovery() {}

  /** Where an error is, as start and end of the node Calcite failed on; null when not located. */
  static SqlParserPos positionOf(CalciteContextException error) {
    if (error.getPosLine() <= 0) {
      return null;
    }
    return new SqlParserPos(error.getPosLine(), error.getPosColumn(), error.getEndPosLine(), error.getEndPosColumn());
  }

  /**
   * A copy of a freshly parsed query with the expressions at {@code failed} replaced by NULL, or
   * {@code null} when one of them is not an expression that can be replaced.
   */
  static SqlNode without(SqlNode query, List<SqlParserPos> failed) {
    Replacer replacer = new Replacer(failed);
    SqlNode result = query.accept(replacer);
    return replacer.replaced.size() == failed.size() ? result : null;
  }

  private static final class Replacer extends SqlShuttle {
    private final List<SqlParserPos> failed;
    private final java.util.Set<SqlParserPos> replaced = new java.util.HashSet<>();

    Replacer(List<SqlParserPos> failed) {
      this.failed = failed;
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
      return matches(id) ? nullAt(id) : id;
    }

    @Override
    public SqlNode visit(SqlCall call) {
      if (matches(call)) {
        return nullAt(call);
      }
      if (call instanceof SqlSelect select) {
        keepNames(select);
      }
      return super.visit(call);
    }

    /**
     * A failed select item that is a bare column keeps its name as NULL's alias, so that queries
     * reading it (a CTE's readers) do not fail on its absence.
     */
    private void keepNames(SqlSelect select) {
      SqlNodeList items = select.getSelectList();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof SqlIdentifier id && !id.isStar() && matches(id)) {
          String name = KeywordNames.restore(id.names.get(id.names.size() - 1));
          // Neither the alias nor the AS take the failed position, which would replace them too.
          items.set(i, SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, nullAt(id), new SqlIdentifier(name, SqlParserPos.ZERO)));
        }
      }
    }

    private boolean matches(SqlNode node) {
      return failedAt(node) != null;
    }

    private SqlParserPos failedAt(SqlNode node) {
      SqlParserPos pos = node.getParserPosition();
      return failed.stream()
          .filter(
              f -> f.getLineNum() == pos.getLineNum()
                  && f.getColumnNum() == pos.getColumnNum()
                  && f.getEndLineNum() == pos.getEndLineNum()
                  && f.getEndColumnNum() == pos.getEndColumnNum())
          .findFirst()
          .orElse(null);
    }

    private SqlNode nullAt(SqlNode node) {
      replaced.add(failedAt(node));
      return SqlLiteral.createNull(node.getParserPosition());
    }
  }
}
