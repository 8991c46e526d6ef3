package dev.ebb.docs.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The few parts of a dbt {@code manifest.json} the docs need: which warehouse relation each dbt
 * model or source is, and its parents. Matching is by {@code schema.table}, case-insensitively.
 */
public final class DbtManifest {

  private static final Set<String> RELATIONS = Set.of("model", "seed", "snapshot");

  private final Map<String, DbtNode> byId;
  private final Map<String, DbtNode> byRelation = new HashMap<>();

  private DbtManifest(Map<String, DbtNode> byId) {
    this.byId = Map.copyOf(byId);
    // A model wins over a source declared on the same table: it says how the table is built.
    byId.values().stream().filter(n -> n.resourceType().equals("source")).forEach(this::index);
    byId.values().stream().filter(n -> !n.resourceType().equals("source")).forEach(this::index);
  }

  public static DbtManifest read(Path file) throws IOException {
    return parse(JsonMapper.builder().build().readTree(file.toFile()));
  }

  static DbtManifest parse(JsonNode root) {
    Map<String, DbtNode> nodes = new HashMap<>();
    root.path("nodes").properties().forEach(e -> {
      JsonNode n = e.getValue();
      String type = n.path("resource_type").asText();
      if (RELATIONS.contains(type)) {
        String table = text(n, "alias").orElse(n.path("name").asText());
        nodes.put(e.getKey(), new DbtNode(
            e.getKey(), type, n.path("name").asText(), null, n.path("schema").asText() + "." + table,
            text(n, "description").orElse(null), strings(n.path("depends_on").path("nodes"))));
      }
    });
    root.path("sources").properties().forEach(e -> {
      JsonNode n = e.getValue();
      String table = text(n, "identifier").orElse(n.path("name").asText());
      nodes.put(e.getKey(), new DbtNode(
          e.getKey(), "source", n.path("name").asText(), n.path("source_name").asText(),
          n.path("schema").asText() + "." + table, text(n, "description").orElse(null), List.of()));
    });
    return new DbtManifest(nodes);
  }

  /** The dbt node that builds or declares {@code schema.table}. */
  public Optional<DbtNode> byRelation(String schemaTable) {
    return Optional.ofNullable(byRelation.get(schemaTable.toLowerCase(Locale.ROOT)));
  }

  public Optional<DbtNode> node(String uniqueId) {
    return Optional.ofNullable(byId.get(uniqueId));
  }

  private void index(DbtNode node) {
    byRelation.put(node.relation().toLowerCase(Locale.ROOT), node);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
