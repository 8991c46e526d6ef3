package dev.ebb.docs.site;

import dev.ebb.artifacts.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The client-side search index: one entry per page, with the words it should be found by
 * (columns, fields, tags, objects). Short keys keep the file small for big projects.
 */
final class SearchIndex {

  private SearchIndex() {}

  static List<Map<String, String>> entries(Manifest manifest) {
    List<Map<String, String>> entries = new ArrayList<>();
    manifest.syncs().forEach(s -> entries.add(entry("sync", s.name(), s.description(), SitePaths.sync(s.name()),
        words(Stream.of(s.model(), s.destination(), s.object(), s.mode()), s.tags(), s.mapping().stream().map(m -> m.field()).toList()))));
    manifest.models().forEach(m -> entries.add(entry("model", m.name(), m.description(), SitePaths.model(m.name()),
        words(Stream.of(m.owner()), m.tags(), m.columns().stream().map(c -> c.name()).toList()))));
    manifest.destinations().forEach(d -> entries.add(entry("destination", d.name(), d.description(), SitePaths.destination(d.name()),
        words(Stream.of(d.type()), List.of(), List.of()))));
    manifest.sources().forEach(s -> {
      String relation = s.schema() + "." + s.name();
      entries.add(entry("source", relation, s.description(), SitePaths.source(relation),
          words(Stream.of(), List.of(), s.columns().stream().map(c -> c.name()).toList())));
    });
    return entries;
  }

  private static Map<String, String> entry(String kind, String name, String description, String href, String words) {
    return Map.of("k", kind, "n", name, "d", description == null ? "" : description, "u", href, "w", words);
  }

  private static String words(Stream<String> values, List<String> tags, List<String> names) {
    return Stream.concat(Stream.concat(values, tags.stream()), names.stream())
        .filter(v -> v != null && !v.isBlank())
        .collect(Collectors.joining(" "));
  }
}
