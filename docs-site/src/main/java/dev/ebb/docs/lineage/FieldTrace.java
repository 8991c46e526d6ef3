package dev.ebb.docs.lineage;

import java.util.List;

/**
 * Where one destination field comes from: the model columns on the way (nearest first, as
 * {@code model.column}), the source-table columns at the end ({@code schema.table.column}) and
 * the graph nodes the data passes through.
 */
public record FieldTrace(
    String sync,
    String field,
    String destination,
    String object,
    String kind,
    List<String> modelColumns,
    List<String> sourceColumns,
    List<String> nodes) {

  public FieldTrace {
    modelColumns = List.copyOf(modelColumns);
    sourceColumns = List.copyOf(sourceColumns);
    nodes = List.copyOf(nodes);
  }
}
