package dev.ebb.compiler.graph;

import dev.ebb.compiler.model.Sync;
import java.util.Comparator;
import java.util.List;

/** The syncs a command works on, sorted by name. */
public record Selection(List<Sync> syncs) {

  public Selection {
    syncs = syncs.stream().sorted(Comparator.comparing(Sync::name)).toList();
  }

  public List<String> names() {
    return syncs.stream().map(Sync::name).toList();
  }

  public boolean contains(String sync) {
    return syncs.stream().anyMatch(s -> s.name().equals(sync));
  }

  public boolean isEmpty() {
    return syncs.isEmpty();
  }
}
