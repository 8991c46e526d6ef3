package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Catalog;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.SourceColumn;
import dev.ebb.compiler.model.SourceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads just enough of a project folder for SQL tests: vars, sources.yml (with the location of
 * each column type) and models/*.sql. The real loader belongs to the project package; this keeps
 * the SQL tests independent of it.
 */
final class TestingProjectFiles {

  private TestingProjectFiles() {}

  static Path resource(String name) {
    try {
      return Path.of(TestingProjectFiles.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Project load(Path root) {
    try {
      Map<String, String> files = new LinkedHashMap<>();
      Map<String, Object> vars = new LinkedHashMap<>();
      Path projectFile = root.resolve("ebb_project.yml");
      if (Files.exists(projectFile)) {
        Map<String, Object> config = new Yaml().load(Files.readString(projectFile));
        if (config != null && config.get("vars") instanceof Map<?, ?> declared) {
          declared.forEach((k, v) -> vars.put(String.valueOf(k), v));
        }
      }
      List<SourceTable> tables = new ArrayList<>();
      Path sources = root.resolve("sources.yml");
      if (Files.exists(sources)) {
        Node document = new Yaml().compose(Files.newBufferedReader(sources));
        for (Node schema : items(value(document, "sources"))) {
          String schemaName = text(value(schema, "schema"));
          for (Node table : items(value(schema, "tables"))) {
            List<SourceColumn> columns = new ArrayList<>();
            for (Node column : items(value(table, "columns"))) {
              Node type = value(column, "type");
              Locations at = new Locations(location(column), Map.of("type", location(type)));
              columns.add(new SourceColumn(text(value(column, "name")), text(type), null, at));
            }
            tables.add(new SourceTable(schemaName, text(value(table, "name")), null, columns, Locations.at(location(table))));
          }
        }
      }
      List<Model> models = new ArrayList<>();
      Path modelDir = root.resolve("models");
      if (Files.isDirectory(modelDir)) {
        try (Stream<Path> paths = Files.list(modelDir)) {
          for (Path path : paths.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
            String file = "models/" + path.getFileName();
            String sql = Files.readString(path);
            files.put(file, sql);
            models.add(new Model(path.getFileName().toString().replaceFirst("\\.sql$", ""), file, sql, null));
          }
        }
      }
      ProjectConfig config = new ProjectConfig(root.getFileName().toString(), "test", ProjectConfig.DEFAULT_SNAPSHOT_SCHEMA, vars, Locations.at(SourceLocation.of("ebb_project.yml")));
      return new Project(config, new Catalog(tables), models, List.of(), List.of(), List.of(), files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SourceLocation location(Node node) {
    return new SourceLocation("sources.yml", node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  private static Node value(Node mapping, String key) {
    for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
      if (key.equals(text(tuple.getKeyNode()))) {
        return tuple.getValueNode();
      }
    }
    throw new IllegalArgumentException("missing key " + key + " at " + mapping.getStartMark());
  }

  private static List<Node> items(Node sequence) {
    return ((SequenceNode) sequence).getValue();
  }

  private static String text(Node scalar) {
    return ((ScalarNode) scalar).getValue();
  }
}
