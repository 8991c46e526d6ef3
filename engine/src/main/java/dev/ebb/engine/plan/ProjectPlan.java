package dev.ebb.engine.plan;

import java.util.List;
import java.util.Optional;

/**
 * {@code ebb plan}'s result: one plan per selected sync against one target, and, with {@code
 * --state}, what changed in the definitions.
 *
 * @param changes null without {@code --state}
 */
public record ProjectPlan(String target, String warehouseType, String gitCommit, List<SyncPlan> syncs, DefinitionChanges changes) {

  public ProjectPlan {
    syncs = List.copyOf(syncs);
  }

  public Optional<DefinitionChanges> definitionChanges() {
    return Optional.ofNullable(changes);
  }

  /** Whether a run would stop (or fail) on any sync: CI fails the pull request. */
  public boolean blocked() {
    return syncs.stream().anyMatch(SyncPlan::blocked);
  }
}
