package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.RecordLogConfig;
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
          optional("dialect", YamlType.STRING),
          optional("record_log", YamlType.MAPPING));
  private static final YamlShape RECORD_LOG =
      YamlShape.of(
          "record_log",
          optional("keep_days", YamlType.INTEGER),
          optional("keep_runs", YamlType.INTEGER));

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
        dialect,
        fields.node("record_log").map(node -> readRecordLog(node, locations, diagnostics)).orElse(RecordLogConfig.DEFAULT));
  }

  /** {@code record_log:}; a missing or invalid setting keeps its default. */
  private static RecordLogConfig readRecordLog(
      YamlNode node, Map<String, SourceLocation> locations, Diagnostics diagnostics) {
    YamlFields fields = RECORD_LOG.read(node, diagnostics).orElse(null);
    if (fields == null) {
      return RecordLogConfig.DEFAULT;
    }
    fields.putLocations("record_log.", locations);
    int keepDays = count(fields, "keep_days", RecordLogConfig.DEFAULT.keepDays(), diagnostics);
    int keepRuns = count(fields, "keep_runs", RecordLogConfig.DEFAULT.keepRuns(), diagnostics);
    return new RecordLogConfig(keepDays, keepRuns);
  }

  /** A whole number, 0 or more; the default when absent or invalid (reported). */
  private static int count(YamlFields fields, String key, int otherwise, Diagnostics diagnostics) {
    if (!fields.has(key)) {
      return otherwise;
    }
    Integer value = fields.integer(key);
    if (value == null || value < 0) {
      diagnostics.error(
          DiagnosticCode.EBB103,
          fields.locationOf(key),
          "record_log." + key + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", not "
              + fields.string(key),
          "leave it out to keep the default, " + key + ": " + otherwise);
      return otherwise;
    }
    return value;
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
