package dev.ebb.compiler.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded project: every definition, with locations, before SQL validation. Definitions that
 * failed to load are absent and reported as diagnostics instead.
 *
 * @param files the text of every project file that was read, by project-relative path (the
 *     basis for checksums and for {@code state:modified})
 */
public record Project(
    ProjectConfig config,
    Catalog catalog,
    List<Model> models,
    List<Destination> destinations,
    List<Sync> syncs,
    List<Seed> seeds,
    Map<String, String> files) {

  public Project {
    models = List.copyOf(models);
    destinations = List.copyOf(destinations);
    syncs = List.copyOf(syncs);
    seeds = List.copyOf(seeds);
    files = Map.copyOf(files);
  }

  public Optional<Model> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public Optional<Destination> destination(String name) {
    return destinations.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  public Optional<Sync> sync(String name) {
    return syncs.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
