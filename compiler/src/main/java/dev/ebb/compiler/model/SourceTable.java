package dev.ebb.compiler.model;

import java.util.List;

/** A warehouse table declared in {@code sources.yml} or read from a pulled catalog. */
public record SourceTable(
    String schema, String name, String description, List<SourceColumn> columns, Locations locations) {

  public SourceTable {
    columns = List.copyOf(columns);
  }

  /** {@code schema.name}, the way models reference the table. */
  public String qualifiedName() {
    return schema + "." + name;
  }
}
