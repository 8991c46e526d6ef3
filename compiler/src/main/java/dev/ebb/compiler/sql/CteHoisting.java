package dev.ebb.compiler.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites a query so that its only WITH is its outermost one, for warehouses that refuse a WITH
 * nested in a CTE (Redshift). Every nested WITH moves up, its CTEs placed just before the CTE or
 * query that read them, so that each is still defined before it is used.
 *
 * <p>A CTE keeps its name where it can. One nested in another CTE is named after it, {@code
 * <outer>__<name>} (an inlined model's {@code paid} becomes {@code model__paid}), and a name taken
 * already gets a numbered suffix. References to a renamed CTE are renamed in its scope only, and
 * keep the old name as their alias, so that column references stay as they were.
 *
 * <p>Returns a copy; the input tree is not changed.
 */
final class CteHoisting extends SqlShuttle {

  private final List<SqlNode> hoisted = new ArrayList<>();
  private final Set<String> taken = new HashSet<>();
  /** The CTEs in scope, by lower-cased name as written, to the name they now have. */
  private Map<String, String> scope = Map.of();
  /** The name of the hoisted CTE being rewritten, if any: it names the CTEs nested in it. */
  private String owner;

  private CteHoisting(SqlNode query) {
    taken.addAll(ModelQuery.STATEMENT_CTE_NAMES);
    // A table read by its bare name must not be shadowed by a CTE moved up next to it.
    for (TableReferences.Reference table : TableReferences.of(query).references()) {
      if (table.names().size() == 1) {
        taken.add(key(table.names().get(0)));
      }
    }
  }

  static SqlNode apply(SqlNode query) {
    CteHoisting hoisting = new CteHoisting(query);
    SqlNode body = query.accept(hoisting);
    if (hoisting.hoisted.isEmpty()) {
      return body;
    }
    return new SqlWith(query.getParserPosition(), new SqlNodeList(hoisting.hoisted, SqlParserPos.ZERO), body);
  }

  @Override
  public SqlNode visit(SqlCall call) {
    if (call instanceof SqlWith with) {
      return hoist(with);
    }
    if (call instanceof SqlSelect select) {
      return select(select);
    }
    return super.visit(call);
  }

  /** Moves the CTEs up and returns the body, which sees them under their new names. */
  private SqlNode hoist(SqlWith with) {
    Map<String, String> outerScope = scope;
    String outerOwner = owner;
    Map<String, String> inner = new HashMap<>(scope);
    for (SqlNode node : with.withList) {
      SqlWithItem item = (SqlWithItem) node;
      String written = item.name.getSimple();
      String name = claim(outerOwner == null ? written : outerOwner + "__" + written);
      // The CTE's own query sees the CTEs before it, and itself only when RECURSIVE.
      if (item.recursive.booleanValue()) {
        inner.put(key(written), name);
      }
      scope = inner;
      owner = name;
      SqlNode query = item.query.accept(this);
      hoisted.add(new SqlWithItem(item.getParserPosition(), new SqlIdentifier(name, item.name.getParserPosition()), item.columnList, query, item.recursive));
      inner.put(key(written), name);
    }
    scope = inner;
    owner = outerOwner;
    SqlNode body = with.body.accept(this);
    scope = outerScope;
    return body;
  }

  /** Like any call, except that FROM names tables, which may be CTEs that moved. */
  private SqlNode select(SqlSelect select) {
    SqlSelect copy = null;
    List<SqlNode> operands = select.getOperandList();
    for (int i = 0; i < operands.size(); i++) {
      SqlNode operand = operands.get(i);
      if (operand == null) {
        continue;
      }
      SqlNode rewritten = i == SqlSelect.FROM_OPERAND ? from(operand) : operand.accept(this);
      if (rewritten != operand) {
        copy = copy != null ? copy : (SqlSelect) select.clone(select.getParserPosition());
        copy.setOperand(i, rewritten);
      }
    }
    return copy != null ? copy : select;
  }

  private SqlNode from(SqlNode from) {
    if (from instanceof SqlIdentifier table) {
      SqlIdentifier renamed = renamed(table);
      // Columns are qualified by the old name: it becomes the alias.
      return renamed == table
          ? table
          : SqlStdOperatorTable.AS.createCall(table.getParserPosition(), renamed, new SqlIdentifier(table.getSimple(), SqlParserPos.ZERO));
    }
    if (from instanceof SqlJoin join) {
      SqlNode left = from(join.getLeft());
      SqlNode right = from(join.getRight());
      SqlNode condition = join.getCondition() == null ? null : join.getCondition().accept(this);
      if (left == join.getLeft() && right == join.getRight() && condition == join.getCondition()) {
        return join;
      }
      SqlJoin copy = (SqlJoin) join.clone(join.getParserPosition());
      copy.setLeft(left);
      copy.setRight(right);
      copy.setOperand(5, condition);
      return copy;
    }
    if (from.getKind() == SqlKind.AS && from instanceof SqlBasicCall as) {
      SqlNode source = as.operand(0);
      SqlNode rewritten = source instanceof SqlIdentifier table ? renamed(table) : source.accept(this);
      if (rewritten == source) {
        return as;
      }
      SqlBasicCall copy = (SqlBasicCall) as.clone(as.getParserPosition());
      copy.setOperand(0, rewritten);
      return copy;
    }
    return from.accept(this);
  }

  private SqlIdentifier renamed(SqlIdentifier table) {
    if (!table.isSimple()) {
      return table;
    }
    String name = scope.get(key(table.getSimple()));
    return name == null || name.equals(table.getSimple()) ? table : new SqlIdentifier(name, table.getParserPosition());
  }

  /** {@code wanted}, or {@code wanted_2}, {@code wanted_3}... whichever no CTE or table has. */
  private String claim(String wanted) {
    String name = wanted;
    for (int n = 2; !taken.add(key(name)); n++) {
      name = wanted + "_" + n;
    }
    return name;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
