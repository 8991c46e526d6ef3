package dev.ebb.compiler.model;

import java.util.List;

/**
 * A model's entry in {@code models/*.yml}.
 *
 * @param primaryKey one column, or several for a composite key; empty when not declared
 */
public record ModelProperties(
    String name,
    String description,
    List<String> primaryKey,
    String owner,
    List<String> tags,
    List<ColumnProperties> columns,
    Locations locations) {

  public ModelProperties {
    primaryKey = List.copyOf(primaryKey);
    tags = List.copyOf(tags);
    columns = List.copyOf(columns);
  }
}
