package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.graph.ModelGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.SqlWriterConfig;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Writes a model's SQL for one warehouse. Compiled SQL is the user's SQL: the tree as written
 * ({@link WrittenTree}), never the validated one with the casts and rewrites validation adds.
 * What changes: ebb does not materialize models, so the models it reads are inlined as CTEs, in
 * topological order, before the model's own CTEs; every identifier is quoted, folded the way the
 * warehouse folds unquoted names, so it means the same; where the warehouse refuses a WITH inside
 * a CTE, the CTEs move up to the top ({@link CteHoisting}); and a construct is written in the
 * warehouse's own syntax where it has one with the same meaning (an interval literal, an UNNEST
 * alias). A construct the warehouse cannot write at all is an error for it ({@link
 * UnwritableConstructs}), never a rewrite into something close.
 */
public final class ModelSqlCompiler implements CompiledSql {

  private final SqlAnalysis analysis;
  private final Map<String, RenderedSql> validated;
  private final ModelGraph graph;
  /** Each model's written tree, parsed on first use: only the models of compiled syncs need one. */
  private final Map<String, SqlNode> written = new ConcurrentHashMap<>();

  /** @param validated the rendered SQL of each model that validated */
  ModelSqlCompiler(
      Map<String, AnalyzedModel> analyzed, List<String> order, Map<String, RenderedSql> validated, ModelGraph graph) {
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
   * The model's query, self-contained, for {@code dialect}. Where the warehouse refuses a nested
   * WITH, every CTE moves to the top ({@link CteHoisting}) and the query comes in two parts.
   *
   * @throws IllegalArgumentException when the model did not validate (callers check the analysis)
   * @throws UnwritableSqlException when it, or a model it reads, cannot be written for {@code dialect}
   */
  @Override
  public ModelQuery query(String model, Dialect dialect) {
    List<Diagnostic> problems = unwritable(model, dialect);
    if (!problems.isEmpty()) {
      throw new UnwritableSqlException(problems);
    }
    SqlNode query = written(model);
    SqlNode folded = UnnestAliases.apply(IdentifierFolding.apply(inlineUpstream(model, query), dialect), dialect);
    if (dialect.nestedWith()) {
      return ModelQuery.of(keepOutputNames(model, query, render(folded, dialect), dialect));
    }
    SqlNode hoisted = CteHoisting.apply(folded);
    if (!(hoisted instanceof SqlWith with)) {
      return ModelQuery.of(keepOutputNames(model, query, render(hoisted, dialect), dialect));
    }
    List<String> ctes = with.withList.stream().map(item -> cte((SqlWithItem) item, dialect)).toList();
    return new ModelQuery(ctes, keepOutputNames(model, query, render(with.body, dialect), dialect), recursive(with));
  }

  /**
   * The located errors for constructs of the model, or of a model it reads, that {@code dialect}
   * cannot write; empty when the model compiles for it.
   *
   * @throws IllegalArgumentException when the model did not validate
   */
  @Override
  public List<Diagnostic> unwritable(String model, Dialect dialect) {
    List<Diagnostic> problems = new ArrayList<>();
    for (String name : graph.upstream(model)) {
      problems.addAll(UnwritableConstructs.of(written(name), validated.get(name), dialect));
    }
    problems.addAll(UnwritableConstructs.of(written(model), validated.get(model), dialect));
    return problems;
  }

  private SqlNode written(String model) {
    RenderedSql sql = validated.get(model);
    if (sql == null) {
      throw new IllegalArgumentException("model '" + model + "' has no validated SQL");
    }
    return written.computeIfAbsent(model, m -> WrittenTree.parse(sql));
  }

  /**
   * Folding renames the model's output columns on some warehouses (Snowflake: {@code email} is
   * {@code EMAIL}); ebb refers to them by the names the analysis derived, so the query is wrapped
   * to give them back. Warehouses where folding changes nothing get the query unchanged.
   */
  private String keepOutputNames(String model, SqlNode query, String sql, Dialect dialect) {
    AnalyzedModel analyzed = analysis.models().get(model);
    Set<String> quoted = IdentifierFolding.quotedOutputs(query);
    List<String> items = new ArrayList<>();
    boolean renamed = false;
    for (OutputColumn column : analyzed.columns()) {
      String name = column.name();
      String produced = quoted.contains(name) ? name : IdentifierFolding.fold(name, dialect);
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
    StringBuilder sql = new StringBuilder(recursive(with) ? "WITH RECURSIVE\n" : "WITH\n");
    sql.append(String.join(",\n", with.withList.stream().map(item -> cte((SqlWithItem) item, dialect)).toList())).append("\n");
    if (with.body instanceof SqlWith) {
      // The model's own WITH, kept apart because a CTE shadows an upstream model's name.
      return sql.append("SELECT *\nFROM (\n").append(render(with.body, dialect).indent(2)).append(") AS ").append(dialect.quoteIdentifier("model")).toString();
    }
    return sql.append(render(with.body, dialect)).toString();
  }

  private static boolean recursive(SqlWith with) {
    return with.withList.stream().anyMatch(item -> ((SqlWithItem) item).recursive.booleanValue());
  }

  /** {@code "name" (columns) AS (\n  query\n)}. */
  private static String cte(SqlWithItem item, Dialect dialect) {
    StringBuilder sql = new StringBuilder(dialect.quoteIdentifier(item.name.getSimple()));
    if (item.columnList != null) {
      sql.append(" (")
          .append(String.join(", ", item.columnList.stream().map(c -> dialect.quoteIdentifier(((SqlIdentifier) c).getSimple())).toList()))
          .append(")");
    }
    return sql.append(" AS (\n").append(render(item.query, dialect).indent(2)).append(")").toString();
  }

  private SqlNode inlineUpstream(String model, SqlNode query) {
    List<String> upstream = graph.upstream(model);
    if (upstream.isEmpty()) {
      return query;
    }
    List<SqlNode> items = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String name : upstream) {
      items.add(new SqlWithItem(SqlParserPos.ZERO, new SqlIdentifier(name, SqlParserPos.ZERO), null, written(name), SqlLiteral.createBoolean(false, SqlParserPos.ZERO)));
      names.add(name.toLowerCase(Locale.ROOT));
    }
    SqlNode body = query;
    // A RECURSIVE WITH lets each of its CTEs read every other: upstream models stay outside it.
    if (query instanceof SqlWith with && noneNamed(with.withList, names) && !recursive(with)) {
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
