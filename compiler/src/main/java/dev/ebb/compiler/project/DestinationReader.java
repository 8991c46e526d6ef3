package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.DestinationLimits;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.yaml.YamlFields;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlShape;
import dev.ebb.compiler.yaml.YamlType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code destinations/*.yml} file. The config is checked later against the type's spec. */
final class DestinationReader {

  private static final YamlShape DESTINATION =
      YamlShape.of(
          "destination",
          required("destination", YamlType.STRING),
          required("type", YamlType.STRING),
          optional("description", YamlType.STRING),
          optional("config", YamlType.MAPPING),
          optional("limits", YamlType.MAPPING));
  private static final YamlShape LIMITS =
      YamlShape.of(
          "destination limits",
          optional("requests_per_second", YamlType.NUMBER),
          optional("max_concurrency", YamlType.INTEGER),
          optional("batch_size", YamlType.INTEGER));

  Optional<Destination> read(YamlNode root, Diagnostics diagnostics) {
    YamlFields fields = DESTINATION.read(root, diagnostics).orElse(null);
    if (fields == null || fields.string("destination") == null) {
      return Optional.empty();
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    fields.putLocations("", locations);
    Map<String, Object> config = new LinkedHashMap<>();
    fields.node("config").ifPresent(node -> node.entries().forEach(entry -> {
      config.put(entry.name(), entry.value().value());
      locations.put("config." + entry.name(), entry.value().location());
      if (entry.value().isMapping()) {
        // Nested values (a webhook's headers) are located one by one, for problems with one of them.
        entry.value().entries().forEach(nested ->
            locations.put("config." + entry.name() + "." + nested.name(), nested.value().location()));
      }
    }));
    DestinationLimits limits =
        fields.node("limits")
            .flatMap(node -> LIMITS.read(node, diagnostics))
            .map(limitFields -> limits(limitFields, locations, diagnostics))
            .orElse(DestinationLimits.DEFAULTS);
    return Optional.of(
        new Destination(
            fields.string("destination"),
            fields.string("type"),
            config,
            limits,
            fields.string("description"),
            new Locations(fields.location(), locations)));
  }

  private static DestinationLimits limits(
      YamlFields limits, Map<String, SourceLocation> locations, Diagnostics diagnostics) {
    limits.putLocations("limits.", locations);
    return new DestinationLimits(
        positive(limits, "requests_per_second", limits.number("requests_per_second"), diagnostics),
        positive(limits, "max_concurrency", limits.integer("max_concurrency"), diagnostics),
        positive(limits, "batch_size", limits.integer("batch_size"), diagnostics));
  }

  private static <N extends Number> N positive(
      YamlFields limits, String key, N value, Diagnostics diagnostics) {
    if (limits.has(key) && (value == null || value.doubleValue() <= 0)) {
      diagnostics.error(
          DiagnosticCode.EBB103,
          limits.locationOf(key),
          "limits." + key + " must be a positive number, not " + limits.string(key));
      return null;
    }
    return value;
  }
}
