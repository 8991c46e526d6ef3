package dev.ebb.compiler.sql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every model whose SQL validated, and the order to build them in.
 *
 * @param models by model name; models with SQL errors are absent (their errors are diagnostics)
 * @param order model names, each after the models it selects from
 * @param compiledSql each validated model's SQL per warehouse, for {@code ebb compile} and runs
 */
public record SqlAnalysis(Map<String, AnalyzedModel> models, List<String> order, CompiledSql compiledSql) {

  public SqlAnalysis {
    models = Map.copyOf(models);
    order = List.copyOf(order);
  }

  public SqlAnalysis(Map<String, AnalyzedModel> models, List<String> order) {
    this(models, order, CompiledSql.UNAVAILABLE);
  }

  public Optional<AnalyzedModel> model(String name) {
    return Optional.ofNullable(models.get(name));
  }
}
