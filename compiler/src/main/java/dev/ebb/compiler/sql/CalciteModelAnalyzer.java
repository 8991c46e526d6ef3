package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.Severity;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.graph.ModelGraph;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.SourceTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Analyzes model SQL with Apache Calcite: renders vars, parses, builds the model DAG, validates
 * each model in topological order against the catalog and the models before it, and derives output
 * columns and, optionally, column lineage.
 *
 * <p>Models are validated by the rules of one warehouse ({@link WarehouseRules}): the dialect
 * chosen with {@link #forDialect}, else the project's {@code dialect:} setting, else the rules every
 * warehouse shares. A model that fails is left out of the analysis, and every model reading it is
 * reported as not validated (a warning naming the invalid model), since its errors would only repeat
 * the first one. Each independent error of a model is reported ({@link ErrorRecovery}).
 */
public final class CalciteModelAnalyzer implements ModelAnalyzer {

  /** Errors reported per model at most; each costs one more validation. */
  private static final int MAX_ERRORS_PER_MODEL = 20;

  private final boolean lineage;
  private final boolean parallel;
  private final DialectChoice dialect;

  private CalciteModelAnalyzer(boolean lineage, boolean parallel, DialectChoice dialect) {
    this.lineage = lineage;
    this.parallel = parallel;
    this.dialect = dialect;
  }

  /** Validation only, without lineage: what {@code ebb validate} needs. */
  public static CalciteModelAnalyzer create() {
    return new CalciteModelAnalyzer(false, true, DialectChoice.PROJECT_SETTING);
  }

  /** Lineage converts each model to a relational plan; {@code ebb compile} wants it. */
  public CalciteModelAnalyzer withLineage(boolean lineage) {
    return new CalciteModelAnalyzer(lineage, parallel, dialect);
  }

  /**
   * Validates by the rules of one warehouse ({@code snowflake}, {@code postgres}...), whatever the
   * project's {@code dialect:} setting; {@code null} keeps the current choice.
   */
  public CalciteModelAnalyzer forDialect(String dialect) {
    return dialect == null ? this : withDialectChoice((config, diagnostics) -> java.util.Optional.of(dialect));
  }

  /** Validates by the rules of the warehouse {@code choice} picks once the project is read. */
  public CalciteModelAnalyzer withDialectChoice(DialectChoice choice) {
    return new CalciteModelAnalyzer(lineage, parallel, choice);
  }

  /**
   * Models parse, and each DAG level validates, on every core (the default), or one after the
   * other; the result is the same either way.
   */
  public CalciteModelAnalyzer inParallel(boolean parallel) {
    return new CalciteModelAnalyzer(lineage, parallel, dialect);
  }

  /** Initialises Calcite (operator tables, type factory, parser, validator) in the background. */
  @Override
  public void prepare() {
    WarmUp.start();
  }

  @Override
  public SqlAnalysis analyze(Project project, Diagnostics diagnostics) {
    return analyzeForCompilation(project, diagnostics).analysis();
  }

  /** Analyzes the project and keeps what {@link ModelSqlCompiler} needs to write compiled SQL. */
  public ModelSqlCompiler analyzeForCompilation(Project project, Diagnostics diagnostics) {
    WarehouseRules rules = dialect.choose(project.config(), diagnostics).flatMap(WarehouseRules::of).orElse(WarehouseRules.ANY);
    WarehouseSchema schema = WarehouseSchema.of(project.catalog(), diagnostics);
    Map<String, Model> modelsByKey = new HashMap<>();
    project.models().forEach(m -> modelsByKey.put(key(m.name()), m));
    Map<String, SourceTable> sourcesByKey = new HashMap<>();
    project.catalog().tables().forEach(t -> sourcesByKey.put(key(t.qualifiedName()), t));

    Map<String, ParsedModel> parsed = new TreeMap<>();
    Map<String, Set<String>> dependencies = new TreeMap<>();
    for (ParseOutcome outcome : parseAll(project, rules)) {
      Model model = outcome.model();
      diagnostics.addAll(outcome.diagnostics().sorted());
      dependencies.put(model.name(), new LinkedHashSet<>());
      if (outcome.parsed() == null) {
        continue;
      }
      ParsedModel p = outcome.parsed();
      parsed.put(model.name(), p);
      for (TableReferences.Reference ref : p.references().references()) {
        Model target = ref.names().size() == 1 ? modelsByKey.get(key(ref.names().get(0))) : null;
        if (target != null) {
          dependencies.get(model.name()).add(target.name());
          p.modelReferences().putIfAbsent(target.name(), ref);
        }
      }
    }
    ModelGraph graph = ModelGraph.of(dependencies);
    Set<String> failed = new LinkedHashSet<>();
    for (List<String> cycle : graph.cycles()) {
      reportCycle(cycle, parsed, diagnostics);
      failed.addAll(cycle);
    }

    Map<String, AnalyzedModel> analyzed = new LinkedHashMap<>();
    Map<String, RenderedSql> validatedSql = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    ModelContext context = new ModelContext(schema, sourcesByKey, modelsByKey, analyzed, rules);
    for (List<String> level : levels(graph)) {
      List<String> ready =
          level.stream()
              .filter(name -> parsed.containsKey(name) && !failed.contains(name) && analyzed.keySet().containsAll(graph.dependencies(name)))
              .toList();
      // Models of one level read only earlier levels, so they validate in parallel against a
      // schema that changes only between levels.
      List<ValidationOutcome> outcomes =
          stream(ready)
              .map(name -> {
                Diagnostics own = new Diagnostics();
                return new ValidationOutcome(validate(parsed.get(name), context, own).orElse(null), own);
              })
              .toList();
      for (ValidationOutcome outcome : outcomes) {
        diagnostics.addAll(outcome.diagnostics().sorted());
        Validated result = outcome.result();
        if (result != null) {
          String name = result.model().name();
          schema.addModel(name, result.rowType());
          analyzed.put(name, result.model());
          validatedSql.put(name, parsed.get(name).sql());
          order.add(name);
        }
      }
    }
    reportNotValidated(graph, parsed, analyzed.keySet(), diagnostics);
    return new ModelSqlCompiler(analyzed, order, validatedSql, graph);
  }

  /**
   * A warning for each model that parsed but was not validated because a model it reads is invalid,
   * at its reference to that model, naming the invalid models at the root of the chain.
   */
  private static void reportNotValidated(ModelGraph graph, Map<String, ParsedModel> parsed, Set<String> valid, Diagnostics diagnostics) {
    Set<String> cyclic = new TreeSet<>();
    graph.cycles().forEach(cyclic::addAll);
    for (Map.Entry<String, ParsedModel> entry : parsed.entrySet()) {
      String name = entry.getKey();
      if (valid.contains(name) || cyclic.contains(name) || valid.containsAll(graph.dependencies(name))) {
        continue;
      }
      String upstream = graph.dependencies(name).stream().filter(d -> !valid.contains(d)).sorted().findFirst().orElseThrow();
      Set<String> roots = new TreeSet<>();
      invalidRoots(name, graph, parsed, valid, new LinkedHashSet<>(), roots);
      var pos = entry.getValue().modelReferences().get(upstream).identifier().getParserPosition();
      diagnostics.add(
          new Diagnostic(
              Severity.WARNING,
              DiagnosticCode.EBB142,
              entry.getValue().sql().locate(pos.getLineNum(), pos.getColumnNum()),
              "model '" + name + "' not validated: depends on invalid model " + String.join(", ", roots.stream().map(r -> "'" + r + "'").toList()),
              null));
    }
  }

  /** The invalid models a model's chain of invalid inputs starts from: those with errors of their own. */
  private static void invalidRoots(
      String name, ModelGraph graph, Map<String, ParsedModel> parsed, Set<String> valid, Set<String> visiting, Set<String> roots) {
    List<String> invalidInputs = graph.dependencies(name).stream().filter(d -> !valid.contains(d)).toList();
    if (!visiting.add(name) || !parsed.containsKey(name) || invalidInputs.isEmpty()) {
      roots.add(name);
      return;
    }
    for (String input : invalidInputs) {
      invalidRoots(input, graph, parsed, valid, visiting, roots);
    }
  }

  private record ParseOutcome(Model model, ParsedModel parsed, Diagnostics diagnostics) {}

  /** Parsing dominates validation time and needs no shared state, so models parse in parallel. */
  private List<ParseOutcome> parseAll(Project project, WarehouseRules rules) {
    return stream(project.models())
        .map(
            model -> {
              Diagnostics own = new Diagnostics();
              ParsedModel parsed =
                  VarSubstitution.render(model, project.config().vars(), own)
                      .flatMap(rendered -> ModelParser.parse(rendered, rules, own).map(node -> new ParsedModel(model, rendered, node, TableReferences.of(node))))
                      .orElse(null);
              return new ParseOutcome(model, parsed, own);
            })
        .toList();
  }

  private <T> Stream<T> stream(List<T> items) {
    return parallel ? items.parallelStream() : items.stream();
  }

  private record ParsedModel(Model model, RenderedSql sql, SqlNode node, TableReferences references, Map<String, TableReferences.Reference> modelReferences) {
    ParsedModel(Model model, RenderedSql sql, SqlNode node, TableReferences references) {
      this(model, sql, node, references, new TreeMap<>());
    }
  }

  private record Validated(AnalyzedModel model, SqlNode validated, RelDataType rowType) {}

  private record ValidationOutcome(Validated result, Diagnostics diagnostics) {}

  /** The topological order cut into levels: a model's level is one more than its deepest input's. */
  private static List<List<String>> levels(ModelGraph graph) {
    Map<String, Integer> depth = new HashMap<>();
    List<List<String>> levels = new ArrayList<>();
    for (String name : graph.topologicalOrder()) {
      int level = graph.dependencies(name).stream().mapToInt(d -> depth.get(d) + 1).max().orElse(0);
      depth.put(name, level);
      while (levels.size() <= level) {
        levels.add(new ArrayList<>());
      }
      levels.get(level).add(name);
    }
    return levels;
  }

  private record ModelContext(
      WarehouseSchema schema, Map<String, SourceTable> sources, Map<String, Model> models, Map<String, AnalyzedModel> analyzed, WarehouseRules rules) {}

  private Optional<Validated> validate(ParsedModel parsed, ModelContext context, Diagnostics diagnostics) {
    List<String> writtenNames = WrittenNames.of(parsed.node());
    SqlNode query = parsed.node();
    List<SqlParserPos> failed = new ArrayList<>();
    Set<SourceLocation> reported = new java.util.HashSet<>();
    SqlValidator validator;
    SqlNode validated;
    RelDataType rowType;
    while (true) {
      validator = WarehouseSql.validator(context.schema().catalogReader());
      try {
        validated = validator.validate(query);
        rowType = validator.getValidatedNodeType(validated);
        break;
      } catch (CalciteContextException e) {
        Diagnostic error = ValidationErrors.toDiagnostic(e, errorContext(parsed, context));
        if (!reported.add(error.location())) {
          return Optional.empty();
        }
        diagnostics.add(error);
        query = nextAttempt(parsed, context, e, failed);
        if (query == null) {
          return Optional.empty();
        }
      } catch (StackOverflowError e) {
        // An expression too long to recurse over, such as thousands of chained operators.
        diagnostics.error(
            DiagnosticCode.EBB119,
            SourceLocation.of(parsed.model().file()),
            "the SQL is nested too deeply to validate",
            "split long expressions, or compute parts of them in a CTE or another model");
        return Optional.empty();
      } catch (RuntimeException | AssertionError e) {
        // Calcite fails this way on some constructs it does not support; still the user's SQL.
        if (failed.isEmpty()) {
          diagnostics.error(DiagnosticCode.EBB135, SourceLocation.of(parsed.model().file()), "cannot validate this SQL: " + ValidationErrors.withoutClassNames(e.getMessage()));
        }
        return Optional.empty();
      }
    }
    boolean runsOnTarget = WarehouseChecks.check(validated, validator, context.rules(), parsed.sql(), diagnostics);
    if (!failed.isEmpty() || !runsOnTarget) {
      return Optional.empty();
    }
    if (!OutputColumns.check(rowType, validated, writtenNames, parsed.sql(), diagnostics)) {
      return Optional.empty();
    }
    List<List<ColumnRef>> direct = lineage ? lineage(validator, context, validated) : null;
    List<OutputColumn> columns = new ArrayList<>();
    for (int i = 0; i < rowType.getFieldCount(); i++) {
      var field = rowType.getFieldList().get(i);
      List<ColumnRef> origins = direct == null ? List.of() : direct.get(i);
      columns.add(new OutputColumn(field.getName(), field.getType().getFullTypeString().replace(" NOT NULL", ""), field.getType().isNullable(), origins, sourceOrigins(origins, context.analyzed())));
    }
    String name = parsed.model().name();
    Set<String> sources = new TreeSet<>();
    for (TableReferences.Reference ref : parsed.references().references()) {
      SourceTable table = context.sources().get(key(ref.written()));
      if (table != null) {
        sources.add(table.qualifiedName());
      }
    }
    AnalyzedModel model = new AnalyzedModel(name, parsed.sql().text(), columns, parsed.modelReferences().keySet(), sources);
    return Optional.of(new Validated(model, validated, rowType));
  }

  /**
   * The query to validate after an error: parsed afresh (validation rewrites the tree it validates)
   * with every failed expression so far replaced; {@code null} when the error cannot be stepped over
   * or the model has had its share of errors.
   */
  private static SqlNode nextAttempt(ParsedModel parsed, ModelContext context, CalciteContextException error, List<SqlParserPos> failed) {
    SqlParserPos pos = ErrorRecovery.positionOf(error);
    if (pos == null || failed.size() + 1 >= MAX_ERRORS_PER_MODEL) {
      return null;
    }
    failed.add(pos);
    return ModelParser.parse(parsed.sql(), context.rules(), new Diagnostics()).map(fresh -> ErrorRecovery.without(fresh, failed)).orElse(null);
  }

  /**
   * Lineage of a model that validated. Calcite cannot convert every valid query to a plan; such a
   * model keeps its columns, without origins, rather than failing the compilation.
   */
  private static List<List<ColumnRef>> lineage(SqlValidator validator, ModelContext context, SqlNode validated) {
    try {
      return ColumnLineage.directOrigins(validator, context.schema().catalogReader(), validated);
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      return null;
    }
  }

  private static List<ColumnRef> sourceOrigins(List<ColumnRef> direct, Map<String, AnalyzedModel> analyzed) {
    Set<ColumnRef> result = new LinkedHashSet<>();
    for (ColumnRef ref : direct) {
      if (ref.kind() == ColumnRef.Kind.SOURCE) {
        result.add(ref);
      } else {
        AnalyzedModel upstream = analyzed.get(ref.relation());
        if (upstream != null) {
          upstream.column(ref.column()).ifPresent(c -> result.addAll(c.sourceOrigins()));
        }
      }
    }
    return result.stream().sorted(Comparator.comparing(ColumnRef::toString)).toList();
  }

  private static ValidationErrors.Context errorContext(ParsedModel parsed, ModelContext context) {
    List<String> tableNames = new ArrayList<>(context.models().values().stream().map(Model::name).toList());
    context.sources().values().forEach(t -> tableNames.add(t.qualifiedName()));
    return new ValidationErrors.Context(
        parsed.sql(),
        parsed.references(),
        relation -> {
          SourceTable table = context.sources().get(key(relation));
          if (table != null) {
            return table.columns().stream().map(c -> c.name()).toList();
          }
          Model model = context.models().get(key(relation));
          AnalyzedModel analyzedModel = model == null ? null : context.analyzed().get(model.name());
          return analyzedModel == null ? List.of() : analyzedModel.columns().stream().map(OutputColumn::name).toList();
        },
        tableNames,
        context.rules());
  }

  private static void reportCycle(List<String> cycle, Map<String, ParsedModel> parsed, Diagnostics diagnostics) {
    List<String> path = new ArrayList<>(cycle);
    path.add(cycle.get(0));
    String described = String.join(" -> ", path);
    for (int i = 0; i < cycle.size(); i++) {
      ParsedModel model = parsed.get(cycle.get(i));
      TableReferences.Reference ref = model.modelReferences().get(path.get(i + 1));
      var pos = ref.identifier().getParserPosition();
      diagnostics.add(
          Diagnostic.error(
              DiagnosticCode.EBB136,
              model.sql().locate(pos.getLineNum(), pos.getColumnNum()),
              "models reference each other in a cycle: " + described,
              "ebb inlines upstream models; break the cycle by selecting from a source instead"));
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
