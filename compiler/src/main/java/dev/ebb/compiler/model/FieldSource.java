package dev.ebb.compiler.model;

import java.util.List;

/** Where a mapped destination field takes its value from. */
public sealed interface FieldSource {

  /** The model columns this source reads, in order of appearance (for lineage and validation). */
  List<String> columns();

  /** {@code field: column}. */
  record Column(String column) implements FieldSource {
    @Override
    public List<String> columns() {
      return List.of(column);
    }
  }

  /**
   * {@code field: "{{first_name}} {{last_name}}"}: a Mustache template over the row.
   *
   * @param columns the columns the template reads, as found when it was parsed
   */
  record Template(String template, List<String> columns) implements FieldSource {
    public Template {
      columns = List.copyOf(columns);
    }
  }

  /** {@code field: {const: value}}; the value is a string, number, boolean or null. */
  record Constant(Object value) implements FieldSource {
    @Override
    public List<String> columns() {
      return List.of();
    }
  }
}
