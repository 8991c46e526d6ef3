package dev.ebb.compiler.model;

import java.util.List;

/**
 * A data test declared on a model column, run by {@code ebb run} before delivering.
 *
 * @param values the accepted values for {@link Kind#ACCEPTED_VALUES}, empty otherwise
 */
public record ColumnTest(Kind kind, List<String> values, Locations locations) {

  public enum Kind {
    NOT_NULL("not_null"),
    UNIQUE("unique"),
    ACCEPTED_VALUES("accepted_values");

    private final String yamlName;

    Kind(String yamlName) {
      this.yamlName = yamlName;
    }

    public String yamlName() {
      return yamlName;
    }
  }

  public ColumnTest {
    values = List.copyOf(values);
  }
}
