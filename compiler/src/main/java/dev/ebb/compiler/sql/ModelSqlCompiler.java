package dev.ebb.compiler.sql;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.graph.ModelGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.SqlWriterConfig;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Writes a model's SQL for one warehouse: ebb does not materialize models, so the models it reads
 * are inlined as CTEs, in topological order, before the model's own CTEs. Every identifier is
 * quoted, so the output means the same whatever the warehouse folds case to.
 */
public final class ModelSqlCompiler implements CompiledSql {

  private final SqlAnalysis analysis;
  private final Map<String, SqlNode> validated;
  private final ModelGraph graph;

  ModelSqlCompiler(
      Map<String, AnalyzedModel> analyzed, List<String> order, Map<String, SqlNode> validated, ModelGraph graph) {
    this.validated = Map.copyOf(validated);
    this.graph = graph;
    this.analysis = new SqlAnalysis(analyzed, order, this);
  }

  public SqlAnalysis analysis() {
    return analysis;
  }

  /** The model graph of the whole project, including models that failed validation. */
  public ModelGraph graph() {
    return graph;
  }

  /**
   * The model's SQL, self-contained, for {@code dialect}.
   *
   * @throws IllegalArgumentException when the model did not validate (callers check the analysis)
   */
  @Override
  public String compile(String model, Dialect dialect) {
    SqlNode query = validated.get(model);
    if (query == null) {
      throw new IllegalArgumentException("model '" + model + "' has no validated SQL");
    }
    String sql = render(IdentifierFolding.apply(inlineUpstream(model, query), dialect), dialect);
    return keepOutputNames(model, query, sql, dialect);
  }

  /**
   * Folding renames the model's output columns on some warehouses (Snowflake: {@code email} is
   * {@code EMAIL}); ebb refers to them by the names the analysis derived, so the query is wrapped
   * to give them back. Warehouses where folding changes nothing get the query unchanged.
   */
  private String keepOutputNames(String model, SqlNode query, String sql, Dialect dialect) {
    AnalyzedModel analyzed = analysis.models().get(model);
    List<Boolean> quoted = IdentifierFolding.quotedOutputs(query);
    List<String> items = new ArrayList<>();
    boolean renamed = false;
    for (int i = 0; i < analyzed.columns().size(); i++) {
      String name = analyzed.columns().get(i).name();
      boolean wasQuoted = i < quoted.size() && quoted.get(i);
      String produced = wasQuoted ? name : IdentifierFolding.fold(name, dialect);
      renamed |= !produced.equals(name);
      items.add(dialect.quoteIdentifier(produced) + " AS " + dialect.quoteIdentifier(name));
    }
    if (!renamed) {
      return sql;
    }
    return "SELECT\n  " + String.join(",\n  ", items) + "\nFROM (\n" + sql.strip().indent(2)
        + ") AS " + dialect.quoteIdentifier(dialect.foldUnquoted("ebb_model"));
  }

  /** Calcite prints a WITH on one line; ebb prints each CTE as its own indented block. */
  private static String render(SqlNode node, Dialect dialect) {
    if (!(node instanceof SqlWith with)) {
      return node.toSqlString(config -> format(config).withDialect(dialect.sqlDialect())).getSql();
    }
    StringBuilder sql = new StringBuilder("WITH\n");
    for (int i = 0; i < with.withList.size(); i++) {
      SqlWithItem item = (SqlWithItem) with.withList.get(i);
      sql.append(dialect.quoteIdentifier(item.name.getSimple()));
      if (item.columnList != null) {
        sql.append(" (")
            .append(String.join(", ", item.columnList.stream().map(c -> dialect.quoteIdentifier(((SqlIdentifier) c).getSimple())).toList()))
            .append(")");
      }
      sql.append(" AS (\n").append(render(item.query, dialect).indent(2)).append(")");
      sql.append(i < with.withList.size() - 1 ? ",\n" : "\n");
    }
    if (with.body instanceof SqlWith) {
      // The model's own WITH, kept apart because a CTE shadows an upstream model's name.
      return sql.append("SELECT *\nFROM (\n").append(render(with.body, dialect).indent(2)).append(") AS ").append(dialect.quoteIdentifier("model")).toString();
    }
    return sql.append(render(with.body, dialect)).toString();
  }

  private SqlNode inlineUpstream(String model, SqlNode query) {
    List<String> upstream = graph.upstream(model);
    if (upstream.isEmpty()) {
      return query;
    }
    List<SqlNode> items = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String name : upstream) {
      items.add(new SqlWithItem(SqlParserPos.ZERO, new SqlIdentifier(name, SqlParserPos.ZERO), null, validated.get(name), SqlLiteral.createBoolean(false, SqlParserPos.ZERO)));
      names.add(name.toLowerCase(Locale.ROOT));
    }
    SqlNode body = query;
    if (query instanceof SqlWith with && noneNamed(with.withList, names)) {
      items.addAll(with.withList.getList());
      body = with.body;
    }
    // A model CTE named like an upstream model stays inside its query, where it shadows the model.
    return new SqlWith(SqlParserPos.ZERO, new SqlNodeList(items, SqlParserPos.ZERO), body);
  }

  private static boolean noneNamed(SqlNodeList withList, Set<String> names) {
    return withList.stream().noneMatch(item -> names.contains(((SqlWithItem) item).name.getSimple().toLowerCase(Locale.ROOT)));
  }

  private static SqlWriterConfig format(SqlWriterConfig config) {
    return config
        .withQuoteAllIdentifiers(true)
        .withIndentation(2)
        .withClauseStartsLine(true)
        .withClauseEndsLine(true)
        .withSelectListItemsOnSeparateLines(true)
        .withWhereListItemsOnSeparateLines(true)
        .withCaseClausesOnNewLines(true)
        .withKeywordsLowerCase(false);
  }
}
