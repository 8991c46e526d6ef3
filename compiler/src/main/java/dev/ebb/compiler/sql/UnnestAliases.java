package dev.ebb.compiler.sql;

import dev.ebb.compiler.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * {@code UNNEST(array) AS x} makes {@code x} the element on BigQuery and PostgreSQL, but a row
 * holding it on DuckDB; there it is written {@code AS x (x)}, which names the element too. Returns
 * a copy; the input tree is not changed.
 */
final class UnnestAliases extends SqlShuttle {

  private UnnestAliases() {}

  static SqlNode apply(SqlNode node, Dialect dialect) {
    return dialect.unnestAliasNamesRow() ? node.accept(new UnnestAliases()) : node;
  }

  @Override
  public SqlNode visit(SqlCall call) {
    SqlNode visited = super.visit(call);
    if (visited instanceof SqlBasicCall as
        && as.getKind() == SqlKind.AS
        && as.operandCount() == 2
        && as.operand(0).getKind() == SqlKind.UNNEST
        && as.operand(1) instanceof SqlIdentifier alias) {
      List<SqlNode> operands = new ArrayList<>(as.getOperandList());
      operands.add(alias.clone(alias.getParserPosition()));
      return as.getOperator().createCall(as.getFunctionQuantifier(), as.getParserPosition(), operands);
    }
    return visited;
  }
}
