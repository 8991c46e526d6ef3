package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;

/**
 * Checks that every output column of a model has a usable name: an expression needs an alias
 * (EBB139) and two columns cannot share a name (EBB138), since syncs map columns by name.
 */
final class OutputColumns {

  private static final Pattern GENERATED = Pattern.compile("EXPR\\$\\d+");

  private OutputColumns() {}

  /**
   * @param writtenNames each output column's name as the user wrote it (before Calcite made names
   *     unique), or null where the user gave none
   * @return whether all names are usable
   */
  static boolean check(RelDataType rowType, SqlNode validated, List<String> writtenNames, RenderedSql sql, Diagnostics diagnostics) {
    List<SqlNode> items = selectItems(validated);
    boolean ok = true;
    Map<String, String> seen = new HashMap<>();
    List<RelDataTypeField> fields = rowType.getFieldList();
    for (int i = 0; i < fields.size(); i++) {
      String name = i < writtenNames.size() && writtenNames.get(i) != null ? writtenNames.get(i) : fields.get(i).getName();
      if (GENERATED.matcher(name).matches()) {
        ok = false;
        diagnostics.error(
            DiagnosticCode.EBB139, location(items, i, sql), "output column " + (i + 1) + " is an expression without a name", "add an alias: <expression> AS column_name");
        continue;
      }
      String previous = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      if (previous != null) {
        ok = false;
        diagnostics.error(
            DiagnosticCode.EBB138, location(items, i, sql), "output column '" + name + "' appears more than once", "give each output column its own alias");
      }
    }
    return ok;
  }

  /** Where output column {@code i} is written; located only for an error, as it scans the text. */
  private static SourceLocation location(List<SqlNode> items, int i, RenderedSql sql) {
    if (i >= items.size()) {
      return SourceLocation.of(sql.file());
    }
    var pos = items.get(i).getParserPosition();
    return sql.locate(pos.getLineNum(), pos.getColumnNum());
  }

  /** The select items that produce a query's columns, one per column once stars are expanded. */
  static List<SqlNode> selectItems(SqlNode query) {
    SqlNode node = query;
    while (true) {
      if (node instanceof SqlWith with) {
        node = with.body;
      } else if (node instanceof SqlOrderBy orderBy) {
        node = orderBy.query;
      } else if (node.isA(SqlKind.SET_QUERY)) {
        node = ((SqlCall) node).operand(0);
      } else if (node instanceof SqlSelect select) {
        SqlNodeList list = select.getSelectList();
        return list == null ? List.of() : new ArrayList<>(list.getList());
      } else {
        return List.of();
      }
    }
  }
}
