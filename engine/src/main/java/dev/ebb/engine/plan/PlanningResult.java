package dev.ebb.engine.plan;

import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.compiler.diff.PlannedDiff;
import dev.ebb.destination.api.Operation;
import dev.ebb.engine.state.RunCounts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What planning one sync found, and whether a run may go on to deliver: the single answer that
 * {@code ebb run} acts on and {@code ebb plan} reports.
 *
 * @param checks the model's and the snapshot's row counts and key checks
 * @param dataTests every data test of the sync's model, passed or not
 * @param violations every guard tripped, before and after the diff, confirmable or not
 * @param confirmed whether the run was confirmed ({@code --confirm}); a plan never is
 * @param diff the materialised diff; empty when the keys made it impossible (NULL keys)
 * @param operations the records the mode sends per destination operation; empty without counts
 * @param mappingChanged the snapshot was delivered under another mapping: every row is re-sent
 * @param compactionWanted the snapshot holds enough deleted rows to be worth rewriting after the commit
 */
public record PlanningResult(
    String sync,
    DiffCheckResult checks,
    List<DataTestResult> dataTests,
    List<GuardViolation> violations,
    boolean confirmed,
    Optional<PlannedDiff> diff,
    Map<Operation, Long> operations,
    boolean mappingChanged,
    boolean compactionWanted) {

  /** Why a run stops before sending anything, and what the user can do about it. */
  public record Stop(String message, String hint) {}

  public PlanningResult {
    dataTests = List.copyOf(dataTests);
    violations = List.copyOf(violations);
    operations = operations.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(operations));
  }

  /**
   * The diff's counts, when they mean something: a diff was computed and no primary key occurs
   * more than once (with duplicates, a key's rows are counted once per copy).
   */
  public Optional<DiffCounts> counts() {
    return diff.filter(d -> !d.duplicateKeys().found()).map(PlannedDiff::counts);
  }

  /** The records a run sends. */
  public long toSend() {
    return operations.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The counts a run records when it goes on to deliver: the diff, and what the mode sends of it. */
  public RunCounts runCounts() {
    return counts()
        .map(c -> RunCounts.planned(c.added(), c.changed(), c.removed()).withPlanned(toSend()))
        .orElse(RunCounts.ZERO);
  }

  public List<DataTestResult> failedDataTests() {
    return dataTests.stream().filter(t -> !t.passed()).toList();
  }

  /** The violations {@code --confirm} does not cover: all of them when the run was not confirmed. */
  public List<GuardViolation> stopping() {
    return violations.stream().filter(v -> !(confirmed && v.kind().confirmable())).toList();
  }

  /** Whether a run stops here, sending nothing. */
  public boolean stops() {
    return stop().isPresent();
  }

  /**
   * Why a run stops: failed data tests first (the data itself is wrong), then the guards that
   * {@code --confirm} does not cover. Empty when the run may deliver.
   */
  public Optional<Stop> stop() {
    List<DataTestResult> failed = failedDataTests();
    if (!failed.isEmpty()) {
      String failures = failed.stream()
          .map(r -> r.name() + ": " + r.failing() + " rows (e.g. " + String.join(", ", r.samples()) + ")")
          .collect(Collectors.joining("; "));
      return Optional.of(new Stop("data tests failed: " + failures, "fix the model's data or its tests; nothing was sent"));
    }
    List<GuardViolation> stopping = stopping();
    if (stopping.isEmpty()) {
      return Optional.empty();
    }
    boolean confirmable = stopping.stream().allMatch(v -> v.kind().confirmable());
    String hint = confirmable ? "if this is intended: ebb run --select " + sync + " --confirm" : stopping.get(0).hint();
    String message = stopping.stream().map(GuardViolation::message).collect(Collectors.joining("; "));
    return Optional.of(new Stop(message + "; nothing was sent", hint));
  }
}
