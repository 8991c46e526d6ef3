package dev.ebb.compiler.sql;

import dev.ebb.compiler.dialect.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
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
      String folded = identifier.isComponentQuoted(i) ? name : dialect.foldUnquoted(name);
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
   * Folds an output column name as the analysis reports it, which does not say whether the user
   * quoted it. Names that cannot be written without quotes (spaces, punctuation) were quoted.
   */
  static String fold(String name, Dialect dialect) {
    return PLAIN.matcher(name).matches() ? dialect.foldUnquoted(name) : name;
  }

  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  /**
   * The output column names a query's select list writes quoted (as an alias, or as the column
   * it selects): those keep their case on every warehouse. Stars and expressions name none.
   */
  static Set<String> quotedOutputs(SqlNode query) {
    Set<String> quoted = new HashSet<>();
    for (SqlNode item : OutputColumns.selectItems(query)) {
      if (item instanceof SqlBasicCall call && call.getKind() == SqlKind.AS && call.operand(1) instanceof SqlIdentifier alias) {
        if (alias.isComponentQuoted(0)) {
          quoted.add(alias.getSimple());
        }
      } else if (item instanceof SqlIdentifier identifier && !identifier.isStar() && identifier.isComponentQuoted(identifier.names.size() - 1)) {
        quoted.add(identifier.names.get(identifier.names.size() - 1));
      }
    }
    return quoted;
  }
}
