package dev.ebb.compiler.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;

/**
 * The tables a parsed query reads in its FROM clauses, with CTE names resolved away (a CTE shadows
 * a model of the same name), plus each alias's table, for messages.
 */
final class TableReferences {

  /** A table name as written in a FROM clause. */
  record Reference(List<String> names, SqlIdentifier identifier) {
    String written() {
      return String.join(".", names);
    }
  }

  private final List<Reference> references = new ArrayList<>();
  private final Map<String, String> aliases = new HashMap<>();
  private final Deque<Set<String>> cteScopes = new ArrayDeque<>();

  private TableReferences() {}

  static TableReferences of(SqlNode query) {
    TableReferences refs = new TableReferences();
    refs.visit(query);
    return refs;
  }

  List<Reference> references() {
    return references;
  }

  /** The table an alias (or an unaliased table's own name) stands for, lower-cased keys. */
  Map<String, String> aliases() {
    return aliases;
  }

  private void visit(SqlNode node) {
    if (node == null) {
      return;
    }
    if (node instanceof SqlWith with) {
      Set<String> scope = new HashSet<>();
      cteScopes.push(scope);
      for (SqlNode item : with.withList) {
        SqlWithItem withItem = (SqlWithItem) item;
        visit(withItem.query);
        // Visible to later items and the body, not to its own query (WITH is not RECURSIVE here).
        scope.add(withItem.name.getSimple().toLowerCase(Locale.ROOT));
      }
      visit(with.body);
      cteScopes.pop();
    } else if (node instanceof SqlSelect select) {
      visitFrom(select.getFrom());
      for (SqlNode operand : select.getOperandList()) {
        if (operand != select.getFrom()) {
          visit(operand);
        }
      }
    } else if (node instanceof SqlNodeList list) {
      list.forEach(this::visit);
    } else if (node instanceof SqlCall call) {
      call.getOperandList().forEach(this::visit);
    }
  }

  private void visitFrom(SqlNode from) {
    if (from == null) {
      return;
    }
    if (from instanceof SqlIdentifier identifier) {
      table(identifier, identifier.names.get(identifier.names.size() - 1));
    } else if (from instanceof SqlJoin join) {
      visitFrom(join.getLeft());
      visitFrom(join.getRight());
      visit(join.getCondition());
    } else if (from.getKind() == SqlKind.AS) {
      SqlCall as = (SqlCall) from;
      SqlNode source = as.operand(0);
      if (source instanceof SqlIdentifier identifier) {
        table(identifier, ((SqlIdentifier) as.operand(1)).getSimple());
      } else {
        visitFrom(source);
      }
    } else {
      visit(from);
    }
  }

  private void table(SqlIdentifier identifier, String alias) {
    if (identifier.isSimple() && isCte(identifier.getSimple())) {
      return;
    }
    references.add(new Reference(List.copyOf(identifier.names), identifier));
    aliases.put(alias.toLowerCase(Locale.ROOT), String.join(".", identifier.names));
  }

  private boolean isCte(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return cteScopes.stream().anyMatch(scope -> scope.contains(key));
  }
}
