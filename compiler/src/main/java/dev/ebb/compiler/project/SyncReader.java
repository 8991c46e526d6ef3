package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Match;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.yaml.DidYouMean;
import dev.ebb.compiler.yaml.YamlFields;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlShape;
import dev.ebb.compiler.yaml.YamlType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code syncs/*.yml} file. References to models, destinations and other syncs are
 * checked later, once everything is loaded.
 */
final class SyncReader {

  private static final YamlShape SYNC =
      YamlShape.of(
          "sync",
          required("sync", YamlType.STRING),
          required("model", YamlType.STRING),
          required("destination", YamlType.STRING),
          optional("object", YamlType.STRING),
          required("mode", YamlType.STRING),
          optional("match", YamlType.MAPPING),
          optional("mapping", YamlType.MAPPING),
          optional("schedule", YamlType.STRING_OR_MAPPING),
          optional("delete_safety", YamlType.NUMBER),
          optional("change_safety", YamlType.NUMBER),
          optional("tags", YamlType.STRING_OR_LIST),
          optional("description", YamlType.STRING));
  private static final YamlShape MATCH =
      YamlShape.of("match", required("column", YamlType.STRING), required("field", YamlType.STRING));
  private static final List<String> MODES =
      Arrays.stream(WriteMode.values()).map(WriteMode::yamlName).toList();

  private final FieldMappingReader mappings = new FieldMappingReader();
  private final ScheduleReader schedules = new ScheduleReader();

  Optional<Sync> read(YamlNode root, Diagnostics diagnostics) {
    YamlFields fields = SYNC.read(root, diagnostics).orElse(null);
    if (fields == null || fields.string("sync") == null) {
      return Optional.empty();
    }
    String name = fields.string("sync");
    if (!Identifiers.check("sync", name, fields.locationOf("sync"), diagnostics)) {
      return Optional.empty();
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    fields.putLocations("", locations);
    Match match =
        fields.node("match")
            .flatMap(node -> MATCH.read(node, diagnostics))
            .filter(m -> m.has("column") && m.has("field"))
            .map(
                m -> {
                  m.putLocations("match.", locations);
                  return new Match(m.string("column"), m.string("field"));
                })
            .orElse(null);
    List<FieldMapping> mapping =
        fields.node("mapping").map(node -> mappings.read(node, locations, diagnostics)).orElse(List.of());
    Schedule schedule =
        fields.node("schedule")
            .map(node -> schedules.read(node, locations, diagnostics))
            .orElse(new Schedule.Manual());
    return Optional.of(
        new Sync(
            name,
            fields.string("model"),
            fields.string("destination"),
            fields.string("object"),
            mode(fields, diagnostics),
            match,
            mapping,
            schedule,
            fields.number("delete_safety"),
            fields.number("change_safety"),
            fields.strings("tags", diagnostics),
            fields.string("description"),
            new Locations(fields.location(), locations)));
  }

  private static WriteMode mode(YamlFields fields, Diagnostics diagnostics) {
    String mode = fields.string("mode");
    if (mode == null) {
      return null;
    }
    Optional<WriteMode> known = WriteMode.fromYaml(mode);
    if (known.isEmpty()) {
      String hint = DidYouMean.hint(mode, MODES);
      diagnostics.error(
          DiagnosticCode.EBB164,
          fields.locationOf("mode"),
          "unknown sync mode '" + mode + "'",
          hint != null ? hint : "modes: " + String.join(", ", MODES));
    }
    return known.orElse(null);
  }
}
