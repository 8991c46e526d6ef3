package dev.ebb.docs.site;

import dev.ebb.artifacts.Manifest;
import dev.ebb.artifacts.Manifest.DestinationNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scope of {@code index.html}: counts, syncs grouped by destination, tags. */
final class OverviewPage {

  private OverviewPage() {}

  static Scope scope(ProjectIndex index) {
    Manifest manifest = index.manifest;
    List<Scope> destinations = new ArrayList<>();
    for (DestinationNode destination : manifest.destinations()) {
      destinations.add(Scope.of()
          .with("name", destination.name())
          .with("href", SitePaths.destination(destination.name()))
          .with("type", destination.type())
          .with("description", destination.description())
          .with("syncs", index.syncsOfDestination(destination.name()).stream().map(ModelPages::syncRow).toList()));
    }
    Map<String, List<Map<String, Object>>> tags = new TreeMap<>();
    manifest.models().forEach(m -> m.tags().forEach(t ->
        tags.computeIfAbsent(t, k -> new ArrayList<>()).add(tagged("model", m.name(), SitePaths.model(m.name())))));
    manifest.syncs().forEach(s -> s.tags().forEach(t ->
        tags.computeIfAbsent(t, k -> new ArrayList<>()).add(tagged("sync", s.name(), SitePaths.sync(s.name())))));
    return Scope.of()
        .with("counts", List.of(
            count("Syncs", manifest.syncs().size(), "syncs.html"),
            count("Models", manifest.models().size(), "models.html"),
            count("Destinations", manifest.destinations().size(), "destinations.html"),
            count("Source tables", manifest.sources().size(), "sources.html"),
            count("Fields mapped", manifest.lineage().size(), "lineage.html")))
        .with("destinations", destinations)
        .with("tags", tags.entrySet().stream().map(e -> Scope.of().with("tag", e.getKey()).with("items", e.getValue())).toList())
        .with("hasTags", !tags.isEmpty())
        .with("git", manifest.git() != null && manifest.git().inGit() ? manifest.git() : null)
        .with("commit", manifest.git() != null && manifest.git().commit() != null ? manifest.git().commit().substring(0, Math.min(12, manifest.git().commit().length())) : null);
  }

  private static Scope count(String label, int value, String href) {
    return Scope.of().with("label", label).with("value", value).with("href", href);
  }

  private static Map<String, Object> tagged(String kind, String name, String href) {
    return Scope.of().with("kind", kind).with("label", name).with("href", href);
  }
}
