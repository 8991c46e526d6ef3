package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.util.Util;

/**
 * {@code GROUP BY ALL} (DuckDB, Snowflake, BigQuery, Databricks): group by every select item that
 * is neither an aggregate nor a window function. Calcite reads {@code ALL} there as the standard set
 * quantifier, so ebb disguises the word before parsing ({@link KeywordNames}) and afterwards writes
 * the grouping columns out, which every warehouse runs and means the same.
 */
final class GroupByAll {

  private static final Pattern GROUP_BY_ALL =
      Pattern.compile(
          "(?i)\\bgroup\\s+by\\s+(all)\\b(?=\\s*(?:$|\\)|;|order\\b|having\\b|qualify\\b|limit\\b|window\\b|union\\b|except\\b|intersect\\b|minus\\b))");

  private GroupByAll() {}

  /** The text with each {@code GROUP BY ALL}'s {@code ALL} disguised as a name; the same text when none. */
  static String disguise(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (!lower.contains("group") || !lower.contains("all")) {
      return text;
    }
    Matcher matcher = GROUP_BY_ALL.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (matcher.find()) {
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      int at = matcher.start(1);
      out.append(text, last, at).append(KeywordNames.disguise(text.charAt(at))).append(text, at + 1, matcher.end(1));
      last = matcher.end(1);
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * Replaces each disguised {@code GROUP BY ALL} with the select items it stands for; reports it
   * where the target does not accept it. Runs before disguised names are restored.
   */
  static void expand(SqlNode query, WarehouseRules rules, RenderedSql sql, Diagnostics diagnostics) {
    query.accept(
        new SqlBasicVisitor<Void>() {
          @Override
          public Void visit(SqlCall call) {
            if (call instanceof SqlSelect select && isGroupByAll(select.getGroup())) {
              SqlNode all = select.getGroup().get(0);
              rules.unsupported(WarehouseRules.Syntax.GROUP_BY_ALL)
                  .ifPresent(
                      hint ->
                          diagnostics.error(
                              DiagnosticCode.EBB141,
                              sql.locate(all.getParserPosition().getLineNum(), all.getParserPosition().getColumnNum()),
                              "GROUP BY ALL is not supported on " + rules.name(),
                              hint));
              select.setGroupBy(new SqlNodeList(groupingItems(select.getSelectList()), all.getParserPosition()));
            }
            return super.visit(call);
          }
        });
  }

  private static boolean isGroupByAll(SqlNodeList group) {
    return group != null
        && group.size() == 1
        && group.get(0) instanceof SqlIdentifier id
        && id.isSimple()
        && KeywordNames.restore(id.getSimple()).equalsIgnoreCase("all")
        && !id.getSimple().equalsIgnoreCase("all");
  }

  private static List<SqlNode> groupingItems(SqlNodeList selectList) {
    List<SqlNode> items = new ArrayList<>();
    for (SqlNode item : selectList) {
      SqlNode expression = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      if (!aggregatesOrWindows(expression) && !(expression instanceof SqlIdentifier id && id.isStar())) {
        items.add(expression);
      }
    }
    return items;
  }

  private static boolean aggregatesOrWindows(SqlNode expression) {
    try {
      expression.accept(
          new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
              if (call.getKind() == SqlKind.OVER || isAggregate(call.getOperator())) {
                throw Util.FoundOne.NULL;
              }
              return super.visit(call);
            }
          });
      return false;
    } catch (Util.FoundOne found) {
      return true;
    }
  }

  private static boolean isAggregate(SqlOperator operator) {
    if (operator.isAggregator()) {
      return true;
    }
    if (!(operator instanceof SqlUnresolvedFunction unresolved)) {
      return false;
    }
    List<SqlOperator> candidates = new ArrayList<>();
    WarehouseSql.OPERATORS.lookupOperatorOverloads(
        unresolved.getSqlIdentifier(), SqlFunctionCategory.USER_DEFINED_FUNCTION, SqlSyntax.FUNCTION, candidates, SqlNameMatchers.withCaseSensitive(false));
    return candidates.stream().anyMatch(SqlOperator::isAggregator);
  }
}
