package dev.ebb.compiler.sql;

import dev.ebb.compiler.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Applies a warehouse's folding of unquoted identifiers ({@link Dialect#foldUnquoted}) to a query
 * before it is printed with every identifier quoted: {@code FROM raw.accounts} means {@code
 * "RAW"."ACCOUNTS"} on Snowflake and {@code "raw"."accounts"} on PostgreSQL. Names the user
 * quoted keep their case. Returns a copy; the input tree is not changed.
 */
final class IdentifierFolding extends SqlShuttle {

  private final Dialect dialect;

  private IdentifierFolding(Dialect dialect) {
    this.dialect = dialect;
  }

  static SqlNode apply(SqlNode node, Dialect dialect) {
    return node.accept(new IdentifierFolding(dialect));
  }

  @Override
  public SqlNode visit(SqlIdentifier identifier) {
    List<String> names = new ArrayList<>(identifier.names.size());
    List<SqlParserPos> positions = new ArrayList<>(identifier.names.size());
    boolean changed = false;
    for (int i = 0; i < identifier.names.size(); i++) {
      String name = identifier.names.get(i);
      String folded = identifier.isComponentQuoted(i) ? name : fold(name, dialect);
      changed |= !folded.equals(name);
      names.add(folded);
      positions.add(identifier.getComponentParserPosition(i));
    }
    if (!changed) {
      return identifier;
    }
    SqlIdentifier copy = (SqlIdentifier) identifier.clone(identifier.getParserPosition());
    copy.setNames(names, positions);
    return copy;
  }

  /**
   * Folds a name the user may have written without quotes. Names that cannot be written without
   * quotes (spaces, punctuation) keep their case: Calcite's validator re-creates aliases without
   * their quoting, so this is what tells them apart.
   */
  static String fold(String name, Dialect dialect) {
    return PLAIN.matcher(name).matches() ? dialect.foldUnquoted(name) : name;
  }

  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  /**
   * Whether each output column of a query was named by a quoted identifier (its alias, or the
   * column it selects), in select-list order; an empty list when the shape is not a plain SELECT.
   */
  static List<Boolean> quotedOutputs(SqlNode query) {
    SqlNode node = query;
    while (true) {
      if (node instanceof SqlWith with) {
        node = with.body;
      } else if (node instanceof SqlOrderBy orderBy) {
        node = orderBy.query;
      } else if (node instanceof SqlCall call && (node.getKind() == SqlKind.UNION
          || node.getKind() == SqlKind.INTERSECT || node.getKind() == SqlKind.EXCEPT)) {
        node = call.operand(0);
      } else {
        break;
      }
    }
    List<Boolean> quoted = new ArrayList<>();
    if (!(node instanceof SqlSelect select)) {
      return quoted;
    }
    for (SqlNode item : select.getSelectList()) {
      if (item instanceof SqlBasicCall call && call.getKind() == SqlKind.AS) {
        quoted.add(((SqlIdentifier) call.operand(1)).isComponentQuoted(0));
      } else if (item instanceof SqlIdentifier identifier) {
        quoted.add(identifier.isComponentQuoted(identifier.names.size() - 1));
      } else {
        quoted.add(false);
      }
    }
    return quoted;
  }
}
