package dev.ebb.compiler.model;

import java.util.List;

/**
 * A warehouse table declared in {@code sources.yml} or read from a pulled catalog.
 *
 * @param database the database (BigQuery: project) the schema is in, for a table models read by a
 *     three-part name; {@code null}: the connection's own database, read as {@code schema.name}
 */
public record SourceTable(
    String schema, String name, String description, List<SourceColumn> columns, Locations locations, String database) {

  public SourceTable {
    columns = List.copyOf(columns);
  }

  /** A table of the connection's own database. */
  public SourceTable(String schema, String name, String description, List<SourceColumn> columns, Locations locations) {
    this(schema, name, description, columns, locations, null);
  }

  /** {@code schema.name}, or {@code database.schema.name}: the way models reference the table. */
  public String qualifiedName() {
    return (database == null ? "" : database + ".") + schema + "." + name;
  }
}
