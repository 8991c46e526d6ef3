package dev.ebb.compiler.sql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/** Counts the WITH clauses of a parsed statement that are not its outermost one. */
public final class NestedWith extends SqlBasicVisitor<Void> {

  private int depth;
  private int nested;

  private NestedWith() {}

  public static int count(org.apache.calcite.sql.SqlNode statement) {
    NestedWith visitor = new NestedWith();
    statement.accept(visitor);
    return visitor.nested;
  }

  @Override
  public Void visit(SqlCall call) {
    if (!(call instanceof SqlWith)) {
      return super.visit(call);
    }
    if (depth > 0) {
      nested++;
    }
    depth++;
    super.visit(call);
    depth--;
    return null;
  }
}
