package dev.ebb.compiler.modeltest;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.ColumnTest;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.sql.ModelQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compiles the tests declared in a model's YAML ({@code not_null}, {@code unique}, {@code
 * accepted_values}) into SQL over the model's compiled SELECT, for {@code ebb run} to execute
 * before delivering. Identifiers are quoted by the dialect and values are escaped literals, so no
 * name or value can change a statement's structure.
 */
public final class ModelTestSql {

  private static final int SAMPLES = 10;

  private ModelTestSql() {}

  /**
   * @param compiledModel the model's query for {@code dialect}, upstream models inlined
   */
  public static List<ModelTestQuery> queries(Model model, ModelQuery compiledModel, Dialect dialect) {
    List<ModelTestQuery> queries = new ArrayList<>();
    if (model.properties() == null) {
      return queries;
    }
    for (ColumnProperties column : model.properties().columns()) {
      for (ColumnTest test : column.tests()) {
        queries.add(query(model.name(), column.name(), test, compiledModel, dialect));
      }
    }
    return queries;
  }

  private static ModelTestQuery query(
      String model, String column, ColumnTest test, ModelQuery modelQuery, Dialect dialect) {
    String c = dialect.quoteIdentifier(column);
    String from = "(\n" + modelQuery.body().strip() + "\n) " + dialect.quoteIdentifier("model");
    String value = " AS " + dialect.quoteIdentifier("value");
    String offending =
        switch (test.kind()) {
          case NOT_NULL -> "SELECT " + c + value + " FROM " + from + " WHERE " + c + " IS NULL";
          case UNIQUE -> "SELECT " + c + value + " FROM " + from + " WHERE " + c + " IS NOT NULL"
              + " GROUP BY " + c + " HAVING COUNT(*) > 1";
          case ACCEPTED_VALUES -> "SELECT " + c + value + " FROM " + from + " WHERE " + c
              + " IS NOT NULL AND " + c + " NOT IN (" + literals(test.values(), dialect) + ")";
        };
    String name = test.kind().yamlName() + "__" + model + "__" + column;
    // The model's CTEs, where the warehouse wants them at the top, open each statement.
    String failures = modelQuery.withClause() + "SELECT COUNT(*) AS failures FROM (\n" + offending + "\n) " + dialect.quoteIdentifier("offending");
    String samples =
        modelQuery.withClause() + "SELECT " + dialect.quoteIdentifier("value") + " FROM (\n" + offending + "\n) "
            + dialect.quoteIdentifier("offending") + " LIMIT " + SAMPLES;
    return new ModelTestQuery(name, model, column, test.kind(), failures, samples);
  }

  /** String literals escaped by the warehouse's own rules (BigQuery and Spark also escape backslashes). */
  static String literals(List<String> values, Dialect dialect) {
    return values.stream().map(v -> dialect.sqlDialect().quoteStringLiteral(v)).collect(Collectors.joining(", "));
  }
}
