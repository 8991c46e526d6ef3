package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.yaml.YamlFields;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlShape;
import dev.ebb.compiler.yaml.YamlType;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.yaml.DidYouMean;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code ebb_project.yml}. */
final class ProjectConfigReader {

  static final String FILE = "ebb_project.yml";

  private static final YamlShape PROJECT =
      YamlShape.of(
          "ebb_project.yml",
          required("name", YamlType.STRING),
          required("profile", YamlType.STRING),
          optional("snapshot_schema", YamlType.STRING),
          optional("seed_schema", YamlType.STRING),
          optional("vars", YamlType.MAPPING),
          optional("dialect", YamlType.STRING));

  /** The configuration used when ebb_project.yml is missing or unreadable, so loading goes on. */
  static ProjectConfig fallback() {
    return new ProjectConfig(
        "", "", ProjectConfig.DEFAULT_SNAPSHOT_SCHEMA, Map.of(), Locations.at(SourceLocation.of(FILE)));
  }

  ProjectConfig read(YamlNode root, Diagnostics diagnostics) {
    YamlFields fields = PROJECT.read(root, diagnostics).orElse(null);
    if (fields == null) {
      return fallback();
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    fields.putLocations("", locations);
    String snapshotSchema = fields.string("snapshot_schema");
    if (snapshotSchema != null) {
      Identifiers.check("snapshot_schema", snapshotSchema, fields.locationOf("snapshot_schema"), diagnostics);
    } else {
      snapshotSchema = ProjectConfig.DEFAULT_SNAPSHOT_SCHEMA;
    }
    String seedSchema = fields.string("seed_schema");
    if (seedSchema != null) {
      Identifiers.check("seed_schema", seedSchema, fields.locationOf("seed_schema"), diagnostics);
    } else {
      seedSchema = ProjectConfig.DEFAULT_SEED_SCHEMA;
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    fields.node("vars").ifPresent(node -> readVars(node, vars, locations, diagnostics));
    String dialect = fields.string("dialect");
    if (dialect != null && Dialects.byName(dialect).isEmpty()) {
      List<String> names = Dialects.all().stream().map(Dialect::name).toList();
      diagnostics.error(
          DiagnosticCode.EBB143,
          fields.locationOf("dialect"),
          "unknown dialect '" + dialect + "'",
          DidYouMean.closest(dialect, names).map(s -> "did you mean '" + s + "'?").orElse("one of: " + String.join(", ", names)));
      dialect = null;
    }
    return new ProjectConfig(
        orEmpty(fields.string("name")),
        orEmpty(fields.string("profile")),
        snapshotSchema,
        seedSchema,
        vars,
        new Locations(fields.location(), locations),
        dialect);
  }

  /** Scalar vars of a mapping node into {@code vars}, each located in {@code locations}. */
  static void readVars(
      YamlNode node, Map<String, Object> vars, Map<String, SourceLocation> locations, Diagnostics diagnostics) {
    for (YamlNode.Entry entry : node.entries()) {
      if (!entry.value().isScalar() || entry.value().isNull()) {
        diagnostics.error(
            DiagnosticCode.EBB103,
            entry.value().location(),
            "var '" + entry.name() + "' must be a string, number or boolean, not "
                + entry.value().describe());
        continue;
      }
      vars.put(entry.name(), entry.value().value());
      locations.put("vars." + entry.name(), entry.value().location());
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
