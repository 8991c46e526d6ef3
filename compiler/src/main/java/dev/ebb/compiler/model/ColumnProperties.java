package dev.ebb.compiler.model;

import java.util.List;

/** What a model's YAML says about one of its output columns. */
public record ColumnProperties(
    String name, String description, List<ColumnTest> tests, Locations locations) {

  public ColumnProperties {
    tests = List.copyOf(tests);
  }
}
