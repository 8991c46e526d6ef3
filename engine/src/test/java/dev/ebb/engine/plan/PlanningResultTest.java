package dev.ebb.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DuplicateKeys;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.compiler.diff.PlannedDiff;
import dev.ebb.destination.api.Operation;
import dev.ebb.engine.state.RunCounts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanningResultTest {

  private static final DiffCheckResult CHECKS = new DiffCheckResult(20, 0, List.of(), DuplicateKeys.NONE, 20, 20, null);
  private static final GuardViolation DELETES =
      new GuardViolation(GuardViolation.Kind.DELETE_SAFETY, "sync s: would delete 5 of 20 rows", "lower delete_safety");
  private static final GuardViolation NULL_KEYS =
      new GuardViolation(GuardViolation.Kind.NULL_KEYS, "sync s: 1 model rows have a NULL primary key", "fix the keys");
  private static final Optional<PlannedDiff> DIFF =
      Optional.of(new PlannedDiff(new DiffCounts(1, 1, 5, 13), DuplicateKeys.NONE));
  private static final Map<Operation, Long> SENT = Map.of(Operation.UPSERT, 2L, Operation.DELETE, 5L);

  @Test
  void aConfirmableViolationStopsUntilConfirmed() {
    PlanningResult unconfirmed = result(List.of(), List.of(DELETES), false, DIFF, SENT);

    assertThat(unconfirmed.stop()).contains(new PlanningResult.Stop(
        "sync s: would delete 5 of 20 rows; nothing was sent", "if this is intended: ebb run --select s --confirm"));
    assertThat(result(List.of(), List.of(DELETES), true, DIFF, SENT).stops()).isFalse();
  }

  @Test
  void confirmingDoesNotCoverBadKeys() {
    PlanningResult planned = result(List.of(), List.of(NULL_KEYS, DELETES), true, Optional.empty(), Map.of());

    assertThat(planned.stopping()).containsExactly(NULL_KEYS);
    assertThat(planned.stop()).contains(new PlanningResult.Stop(
        "sync s: 1 model rows have a NULL primary key; nothing was sent", "fix the keys"));
    assertThat(planned.counts()).isEmpty();
    assertThat(planned.runCounts()).isEqualTo(RunCounts.ZERO);
  }

  @Test
  void failedDataTestsStopFirstEvenWhenConfirmed() {
    PlanningResult planned = result(
        List.of(new DataTestResult("not_null_name", 0, List.of()), new DataTestResult("unique_email", 2, List.of("a", "b"))),
        List.of(DELETES), true, DIFF, SENT);

    assertThat(planned.stop()).contains(new PlanningResult.Stop(
        "data tests failed: unique_email: 2 rows (e.g. a, b)", "fix the model's data or its tests; nothing was sent"));
    assertThat(planned.counts()).contains(new DiffCounts(1, 1, 5, 13));
  }

  @Test
  void aRunRecordsTheDiffAndWhatItsModeSends() {
    PlanningResult planned = result(List.of(), List.of(), false, DIFF, SENT);

    assertThat(planned.stop()).isEmpty();
    assertThat(planned.toSend()).isEqualTo(7);
    assertThat(planned.runCounts()).isEqualTo(RunCounts.planned(1, 1, 5).withPlanned(7));
  }

  @Test
  void duplicateKeysLeaveNoCounts() {
    Optional<PlannedDiff> duplicated =
        Optional.of(new PlannedDiff(new DiffCounts(3, 0, 0, 0), new DuplicateKeys(1, List.of("4 (2 rows)"))));

    assertThat(result(List.of(), List.of(), false, duplicated, Map.of()).counts()).isEmpty();
  }

  private static PlanningResult result(List<DataTestResult> tests, List<GuardViolation> violations, boolean confirmed,
      Optional<PlannedDiff> diff, Map<Operation, Long> operations) {
    return new PlanningResult("s", CHECKS, tests, violations, confirmed, diff, operations, false, false);
  }
}
