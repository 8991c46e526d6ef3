package dev.ebb.compiler.graph;

import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The syncs whose definitions differ between the working tree and a git ref ({@code
 * state:modified}): a sync is modified when it is new, or when its own definition, its model, any
 * upstream model its model reads, or its destination changed.
 *
 * @param reasons why each modified sync counts as modified, for {@code ebb plan --state}
 * @param added the syncs that do not exist at the ref ({@code state:new})
 */
public record ModifiedSyncs(SortedMap<String, List<String>> reasons, SortedSet<String> added) {

  public ModifiedSyncs {
    SortedMap<String, List<String>> copy = new TreeMap<>();
    reasons.forEach((sync, why) -> copy.put(sync, List.copyOf(why)));
    reasons = Collections.unmodifiableSortedMap(copy);
    added = Collections.unmodifiableSortedSet(new TreeSet<>(added));
  }

  /**
   * @param analysis the working tree's SQL analysis, for upstream models; a model whose SQL did
   *     not validate is compared on its own definition only
   * @param atRef the checksums of the project at the ref
   */
  public static ModifiedSyncs between(Project current, SqlAnalysis analysis, DefinitionChecksums atRef) {
    DefinitionChecksums now = DefinitionChecksums.of(current);
    SortedMap<String, List<String>> reasons = new TreeMap<>();
    SortedSet<String> added = new TreeSet<>();
    for (Sync sync : current.syncs()) {
      List<String> why = new ArrayList<>();
      if (atRef.sync(sync.name()).isEmpty()) {
        added.add(sync.name());
        why.add("new sync");
      } else if (changed(now.sync(sync.name()), atRef.sync(sync.name()))) {
        why.add("sync definition changed");
      }
      if (changed(now.model(sync.model()), atRef.model(sync.model()))) {
        why.add("model '" + sync.model() + "' changed");
      }
      for (String upstream : upstreamModels(sync.model(), analysis)) {
        if (changed(now.model(upstream), atRef.model(upstream))) {
          why.add("upstream model '" + upstream + "' changed");
        }
      }
      if (changed(now.destination(sync.destination()), atRef.destination(sync.destination()))) {
        why.add("destination '" + sync.destination() + "' changed");
      }
      if (!why.isEmpty()) {
        reasons.put(sync.name(), why);
      }
    }
    return new ModifiedSyncs(reasons, added);
  }

  public Set<String> modified() {
    return reasons.keySet();
  }

  private static boolean changed(
      java.util.Optional<String> now, java.util.Optional<String> atRef) {
    return !Objects.equals(now.orElse(null), atRef.orElse(null));
  }

  /** Every model {@code model} reads, directly or through other models, sorted. */
  private static SortedSet<String> upstreamModels(String model, SqlAnalysis analysis) {
    SortedSet<String> seen = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(model));
    while (!pending.isEmpty()) {
      analysis.model(pending.pop())
          .map(AnalyzedModel::modelDependencies)
          .ifPresent(deps -> deps.stream().filter(seen::add).forEach(pending::push));
    }
    seen.remove(model);
    return seen;
  }
}
