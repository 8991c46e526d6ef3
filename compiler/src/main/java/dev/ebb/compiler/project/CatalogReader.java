package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.SourceColumn;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.yaml.YamlFields;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlShape;
import dev.ebb.compiler.yaml.YamlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code sources.yml} and the pulled {@code catalog.yml} (same format plus {@code
 * pulled_from}). Duplicate tables within one file are reported; merging files is the loader's.
 */
final class CatalogReader {

  static final String SOURCES_FILE = "sources.yml";
  static final String CATALOG_FILE = "catalog.yml";

  private static final YamlShape SOURCES =
      YamlShape.of("sources file", required("sources", YamlType.LIST));
  private static final YamlShape CATALOG =
      YamlShape.of(
          "pulled catalog",
          required("sources", YamlType.LIST),
          optional("pulled_from", YamlType.MAPPING));
  private static final YamlShape PULLED_FROM =
      YamlShape.of(
          "pulled_from", required("target", YamlType.STRING), required("at", YamlType.STRING));
  private static final YamlShape SCHEMA =
      YamlShape.of(
          "source",
          optional("database", YamlType.STRING),
          required("schema", YamlType.STRING),
          optional("description", YamlType.STRING),
          required("tables", YamlType.LIST));
  private static final YamlShape TABLE =
      YamlShape.of(
          "source table",
          required("name", YamlType.STRING),
          optional("description", YamlType.STRING),
          required("columns", YamlType.LIST));
  private static final YamlShape COLUMN =
      YamlShape.of(
          "source column",
          required("name", YamlType.STRING),
          required("type", YamlType.STRING),
          optional("description", YamlType.STRING));

  List<SourceTable> read(YamlNode root, boolean pulled, Diagnostics diagnostics) {
    YamlFields file = (pulled ? CATALOG : SOURCES).read(root, diagnostics).orElse(null);
    if (file == null) {
      return List.of();
    }
    file.node("pulled_from").ifPresent(node -> PULLED_FROM.read(node, diagnostics));
    DefinitionNames names = new DefinitionNames("source table");
    List<SourceTable> tables = new ArrayList<>();
    for (YamlNode schemaNode : file.list("sources")) {
      YamlFields schema = SCHEMA.read(schemaNode, diagnostics).orElse(null);
      if (schema == null || schema.string("schema") == null) {
        continue;
      }
      for (YamlNode tableNode : schema.list("tables")) {
        TABLE.read(tableNode, diagnostics)
            .flatMap(table -> table(schema.string("database"), schema.string("schema"), table, diagnostics))
            .filter(table -> names.claim(table.qualifiedName(), table.locations().of("name"), diagnostics))
            .ifPresent(tables::add);
      }
    }
    return tables;
  }

  private static Optional<SourceTable> table(
      String database, String schema, YamlFields table, Diagnostics diagnostics) {
    String name = table.string("name");
    if (name == null) {
      return Optional.empty();
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    table.putLocations("", locations);
    DefinitionNames columnNames = new DefinitionNames("column of " + (database == null ? "" : database + ".") + schema + "." + name);
    List<SourceColumn> columns = new ArrayList<>();
    for (YamlNode columnNode : table.list("columns")) {
      YamlFields column = COLUMN.read(columnNode, diagnostics).orElse(null);
      // A column without a type (reported as EBB105) is kept, typed ANY, so models using it
      // get no follow-on "column not found" errors.
      if (column == null || column.string("name") == null) {
        continue;
      }
      String columnName = column.string("name");
      if (!columnNames.claim(columnName, column.locationOf("name"), diagnostics)) {
        continue;
      }
      Map<String, SourceLocation> columnLocations = new HashMap<>();
      column.putLocations("", columnLocations);
      locations.put("columns." + columnName, column.locationOf("name"));
      columns.add(
          new SourceColumn(
              columnName,
              column.string("type"),
              column.string("description"),
              new Locations(column.location(), columnLocations)));
    }
    return Optional.of(
        new SourceTable(
            schema, name, table.string("description"), columns, new Locations(table.location(), locations), database));
  }
}
