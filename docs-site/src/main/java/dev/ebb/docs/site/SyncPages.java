package dev.ebb.docs.site;

import dev.ebb.artifacts.Manifest.DestinationNode;
import dev.ebb.artifacts.Manifest.Limits;
import dev.ebb.artifacts.Manifest.MappedField;
import dev.ebb.artifacts.Manifest.ScheduleSpec;
import dev.ebb.artifacts.Manifest.SyncNode;
import dev.ebb.docs.lineage.FieldTrace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The scopes of sync and destination pages: mapping with column-level lineage, config, limits. */
final class SyncPages {

  private static final Map<String, String> MODES = Map.of(
      "insert", "adds new records only",
      "update", "updates records that already exist",
      "upsert", "adds new records and updates changed ones",
      "mirror", "adds, updates and deletes so the destination mirrors the model",
      "all", "sends every row on every run");

  private final ProjectIndex index;

  SyncPages(ProjectIndex index) {
    this.index = index;
  }

  Scope page(SyncNode sync) {
    String type = index.manifest.destination(sync.destination()).map(DestinationNode::type).orElse(null);
    List<FieldTrace> traces = sync.mapping().stream().flatMap(m -> index.trace(sync.name(), m.field()).stream()).toList();
    Set<String> sourceColumns = new LinkedHashSet<>();
    Set<String> modelColumns = new LinkedHashSet<>();
    traces.forEach(t -> {
      sourceColumns.addAll(t.sourceColumns());
      modelColumns.addAll(t.modelColumns());
    });
    return Scope.of()
        .with("name", sync.name())
        .with("file", sync.file())
        .with("description", sync.description())
        .with("model", Scope.link(sync.model(), SitePaths.model(sync.model())))
        .with("destination", Scope.link(sync.destination(), SitePaths.destination(sync.destination())))
        .with("destinationType", type)
        .with("object", sync.object())
        .with("mode", sync.mode())
        .with("modeHelp", MODES.getOrDefault(sync.mode(), ""))
        .with("match", sync.match() == null
            ? "primary key of " + sync.model()
            : "model column " + sync.match().column() + " = destination field " + sync.match().field())
        .with("schedule", schedule(sync))
        .with("guards", guards(sync))
        .with("tags", sync.tags())
        .with("fields", sync.mapping().stream().map(m -> field(sync, m)).toList())
        .with("sourceColumns", sourceColumns.stream().map(c -> Scope.link(c, SitePaths.source(c.substring(0, c.lastIndexOf('.'))))).toList())
        .with("modelColumns", modelColumns.stream().map(c -> Scope.link(c, SitePaths.model(c.substring(0, c.indexOf('.'))))).toList());
  }

  private Scope field(SyncNode sync, MappedField field) {
    String source = switch (field.kind()) {
      case "column" -> field.column();
      case "template" -> field.template();
      default -> String.valueOf(field.value());
    };
    List<String> sources = index.trace(sync.name(), field.field()).map(FieldTrace::sourceColumns).orElse(List.of());
    return Scope.of()
        .with("field", field.field())
        .with("kind", field.kind())
        .with("source", source)
        .with("isMatch", sync.match() != null && sync.match().field().equals(field.field()))
        .with("sourceColumns", sources);
  }

  static String schedule(SyncNode sync) {
    ScheduleSpec schedule = sync.schedule();
    if (schedule == null) {
      return "manual";
    }
    return switch (schedule.kind()) {
      case "cron" -> "cron " + schedule.cron();
      case "after" -> "after " + schedule.after() + " succeeds";
      default -> "manual (ebb run)";
    };
  }

  private static List<String> guards(SyncNode sync) {
    List<String> guards = new ArrayList<>();
    if (sync.guards() != null && sync.guards().deleteSafety() != null) {
      guards.add("stop if more than " + percent(sync.guards().deleteSafety()) + " of the records would be deleted");
    }
    if (sync.guards() != null && sync.guards().changeSafety() != null) {
      guards.add("stop if more than " + percent(sync.guards().changeSafety()) + " of the records would change");
    }
    return guards;
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  Scope destination(DestinationNode destination) {
    Limits limits = destination.limits();
    List<Scope> limitRows = new ArrayList<>();
    if (limits != null) {
      addLimit(limitRows, "requests per second", limits.requestsPerSecond());
      addLimit(limitRows, "max concurrency", limits.maxConcurrency());
      addLimit(limitRows, "batch size", limits.batchSize());
    }
    return Scope.of()
        .with("name", destination.name())
        .with("file", destination.file())
        .with("type", destination.type())
        .with("description", destination.description())
        .with("config", ConfigDisplay.entries(destination.config()).stream()
            .map(e -> Scope.of().with("key", e.key()).with("value", e.value()).with("reference", e.reference()).with("masked", e.masked()))
            .toList())
        .with("limits", limitRows)
        .with("syncs", index.syncsOfDestination(destination.name()).stream().map(ModelPages::syncRow).toList());
  }

  private static void addLimit(List<Scope> rows, String label, Number value) {
    rows.add(Scope.of().with("label", label).with("value", value == null ? "type default" : value.toString()));
  }
}
