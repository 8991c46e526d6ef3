package dev.ebb.engine.warehouse;

import static dev.ebb.compiler.text.Messages.firstLine;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ebb catalog pull}: reads tables and columns from the warehouse's information schema (the
 * query each warehouse type provides) and
 * writes {@code catalog.yml} at the project root, in the format of sources.yml plus {@code
 * pulled_from: {target, at}}, so CI validates without credentials. System schemas and ebb's
 * snapshot schema are left out; order is by schema, table, then column position.
 */
public final class CatalogPuller {

  public static final String FILE = "catalog.yml";

  /** A table as pulled. */
  public record Table(String schema, String name, List<Column> columns) {}

  /** A column and its normalized type. */
  public record Column(String name, String type) {}

  private final Clock clock;

  public CatalogPuller(Clock clock) {
    this.clock = clock;
  }

  /** Reads every user table, leaving out {@code snapshotSchema}. */
  public List<Table> read(Warehouse warehouse, String snapshotSchema) {
    TypeNames types = new TypeNames(warehouse.type());
    Map<String, Table> tables = new LinkedHashMap<>();
    try (Connection connection = warehouse.connection();
        PreparedStatement query = connection.prepareStatement(warehouse.catalogQuery())) {
      query.setString(1, snapshotSchema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String schema = rows.getString(1);
          String table = rows.getString(2);
          Table entry =
              tables.computeIfAbsent(schema + "\u0000" + table, k -> new Table(schema, table, new ArrayList<>()));
          entry.columns().add(new Column(rows.getString(3),
              types.normalize(rows.getString(4), integer(rows, 5), integer(rows, 6))));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException(
          "target '" + warehouse.targetName() + "' (" + warehouse.type()
              + "): cannot read the information schema: " + firstLine(e.getMessage()), e);
    }
    return tables.values().stream()
        .map(t -> new Table(t.schema(), t.name(), List.copyOf(t.columns())))
        .toList();
  }

  /** Reads the catalog and writes {@code catalog.yml}; returns the file written. */
  public Path pull(Warehouse warehouse, String snapshotSchema, Path projectDir) {
    Path file = projectDir.resolve(FILE);
    String yaml = render(warehouse.targetName(), read(warehouse, snapshotSchema));
    try {
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  String render(String targetName, List<Table> tables) {
    Map<String, List<Map<String, Object>>> bySchema = new LinkedHashMap<>();
    for (Table table : tables) {
      List<Map<String, String>> columns =
          table.columns().stream().map(c -> ordered("name", c.name(), "type", c.type())).toList();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", table.name());
      entry.put("columns", columns);
      bySchema.computeIfAbsent(table.schema(), s -> new ArrayList<>()).add(entry);
    }
    List<Map<String, Object>> sources = new ArrayList<>();
    bySchema.forEach((schema, entries) -> {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("schema", schema);
      source.put("tables", entries);
      sources.add(source);
    });
    Map<String, Object> document = new LinkedHashMap<>();
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    document.put("pulled_from", ordered("target", targetName, "at", at.toString()));
    document.put("sources", sources);
    try {
      return "# Written by `ebb catalog pull`: regenerate it rather than editing it.\n"
          + MAPPER.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final YAMLMapper MAPPER =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  private static Integer integer(ResultSet rows, int column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }
}
