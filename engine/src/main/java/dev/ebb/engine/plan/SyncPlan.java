package dev.ebb.engine.plan;

import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code ebb run} would do for one sync right now, computed without sending anything.
 *
 * @param deleteSafety the sync's limit, or null
 * @param changeSafety the sync's limit, or null
 * @param counts the diff; null when it was not computed (bad keys, or an error)
 * @param operations what the mode sends, per destination operation
 * @param violations the guards a run would stop at (a plan never confirms)
 * @param mappingChanged the snapshot was delivered under another mapping: every row is re-sent
 * @param samples up to N records per diff op, as the destination would receive them
 * @param error why the plan could not be computed (a warehouse error), else null
 */
public record SyncPlan(
    String sync,
    String model,
    String destination,
    String object,
    WriteMode mode,
    Double deleteSafety,
    Double changeSafety,
    long modelRows,
    long snapshotRows,
    DiffCounts counts,
    Map<Operation, Long> operations,
    List<GuardViolation> violations,
    List<DataTestResult> dataTests,
    boolean mappingChanged,
    Map<DiffOp, List<OutboundRecord>> samples,
    ApiCalls apiCalls,
    String error) {

  public SyncPlan {
    operations = operations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(operations));
    violations = List.copyOf(violations);
    dataTests = List.copyOf(dataTests);
    samples = Map.copyOf(samples);
  }

  /** A sync that could not be planned. */
  static SyncPlan failed(Sync sync, String error) {
    return new SyncPlan(sync.name(), sync.model(), sync.destination(), sync.object(), sync.mode(), sync.deleteSafety(),
        sync.changeSafety(), 0, 0, null, Map.of(), List.of(), List.of(), false,
        Map.of(), null, error);
  }

  /** Whether {@code ebb run} would stop this sync before sending anything (or could not plan it). */
  public boolean blocked() {
    return error != null || !violations.isEmpty() || dataTests.stream().anyMatch(t -> !t.passed());
  }

  /** The records the run would send. */
  public long toSend() {
    return operations.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Removed rows as a fraction of the snapshot, when there is a snapshot and a diff. */
  public Optional<Double> deleteFraction() {
    return counts == null || snapshotRows == 0 ? Optional.empty() : Optional.of((double) counts.removed() / snapshotRows);
  }

  /** The changes the mode sends (unchanged rows aside) as a fraction of the snapshot, as change_safety counts. */
  public Optional<Double> changeFraction() {
    if (counts == null || snapshotRows == 0) {
      return Optional.empty();
    }
    long changes = DiffPlanner.sentOps(mode).stream().filter(op -> op != DiffOp.UNCHANGED).mapToLong(counts::count).sum();
    return Optional.of((double) changes / snapshotRows);
  }

  public List<OutboundRecord> samples(DiffOp op) {
    return samples.getOrDefault(op, List.of());
  }
}
