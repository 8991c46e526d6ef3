package dev.ebb.compiler.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A model whose SQL parsed and validated.
 *
 * @param renderedSql the SQL after {@code {{vars.x}}} substitution
 * @param modelDependencies models this one selects from, by name
 * @param sourceDependencies source tables it selects from, as {@code schema.table}
 */
public record AnalyzedModel(
    String name,
    String renderedSql,
    List<OutputColumn> columns,
    Set<String> modelDependencies,
    Set<String> sourceDependencies) {

  public AnalyzedModel {
    columns = List.copyOf(columns);
    modelDependencies = Set.copyOf(modelDependencies);
    sourceDependencies = Set.copyOf(sourceDependencies);
  }

  public Optional<OutputColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
