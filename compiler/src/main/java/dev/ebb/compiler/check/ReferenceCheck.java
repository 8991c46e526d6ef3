package dev.ebb.compiler.check;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.yaml.DidYouMean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Syncs name existing models, destinations and syncs, and {@code after:} schedules form no cycle. */
final class ReferenceCheck {

  void check(Project project, Diagnostics diagnostics) {
    List<String> models = project.models().stream().map(Model::name).toList();
    List<String> destinations = project.destinations().stream().map(Destination::name).toList();
    Set<String> modelNames = new HashSet<>(models);
    Set<String> destinationNames = new HashSet<>(destinations);
    Map<String, Sync> syncs = new HashMap<>();
    project.syncs().forEach(sync -> syncs.put(sync.name(), sync));
    for (Sync sync : project.syncs()) {
      if (sync.model() != null && !modelNames.contains(sync.model())) {
        diagnostics.error(
            DiagnosticCode.EBB160,
            sync.locations().of("model"),
            "sync '" + sync.name() + "' reads model '" + sync.model() + "', which does not exist",
            hint(sync.model(), models, "models/" + sync.model() + ".sql"));
      }
      if (sync.destination() != null && !destinationNames.contains(sync.destination())) {
        diagnostics.error(
            DiagnosticCode.EBB161,
            sync.locations().of("destination"),
            "sync '" + sync.name() + "' writes to destination '" + sync.destination() + "', which does not exist",
            hint(sync.destination(), destinations, "a destinations/*.yml with destination: " + sync.destination()));
      }
      if (sync.schedule() instanceof Schedule.After after && !syncs.containsKey(after.sync())) {
        diagnostics.error(
            DiagnosticCode.EBB162,
            sync.locations().of("schedule.after"),
            "sync '" + sync.name() + "' runs after sync '" + after.sync() + "', which does not exist",
            hint(after.sync(), List.copyOf(syncs.keySet()), "a syncs/*.yml with sync: " + after.sync()));
      }
    }
    for (Sync sync : project.syncs()) {
      List<String> cycle = cycleThrough(sync, syncs);
      if (!cycle.isEmpty()) {
        diagnostics.error(
            DiagnosticCode.EBB176,
            sync.locations().of("schedule.after"),
            "sync '" + sync.name() + "' waits for itself: " + String.join(" -> ", cycle),
            "break the cycle: give one of these syncs a cron or manual schedule");
      }
    }
  }

  /** The after-chain from {@code start} back to itself, or empty when it does not loop back. */
  private static List<String> cycleThrough(Sync start, Map<String, Sync> syncs) {
    List<String> chain = new ArrayList<>(List.of(start.name()));
    Sync current = start;
    // Each sync waits for at most one other, so a chain longer than the project cannot loop back.
    for (int step = 0; step < syncs.size(); step++) {
      if (!(current.schedule() instanceof Schedule.After after)) {
        return List.of();
      }
      chain.add(after.sync());
      if (after.sync().equals(start.name())) {
        return chain;
      }
      current = syncs.get(after.sync());
      if (current == null) {
        return List.of();
      }
    }
    return List.of();
  }

  private static String hint(String missing, List<String> known, String create) {
    String hint = DidYouMean.hint(missing, known);
    return hint != null ? hint : "create " + create;
  }
}
