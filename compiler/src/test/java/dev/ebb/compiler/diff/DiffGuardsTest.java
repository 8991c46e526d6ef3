package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.WriteMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffGuardsTest {

  private static DiffCheckResult checks(long modelRows, long nullKeys, long duplicates, long snapshot) {
    DuplicateKeys found = duplicates == 0 ? DuplicateKeys.NONE
        : new DuplicateKeys(duplicates, List.of("k1 (2 rows)"));
    return new DiffCheckResult(modelRows, nullKeys, List.of(List.of("<null>")), found, snapshot, snapshot, null);
  }

  @Test
  void badKeysStopTheRunAndCannotBeConfirmed() {
    List<GuardViolation> violations = new DiffGuards(null, null).beforeDiff("s", checks(10, 2, 1, 0));
    assertThat(violations).extracting(GuardViolation::kind)
        .containsExactly(GuardViolation.Kind.NULL_KEYS, GuardViolation.Kind.DUPLICATE_KEYS);
    assertThat(violations.get(1).message()).contains("k1 (2 rows)");
    assertThat(violations).noneMatch(v -> v.kind().confirmable());
  }

  @Test
  void anEmptyModelOverADeliveredSnapshotIsAProbableUpstreamFailure() {
    assertThat(new DiffGuards(null, null).beforeDiff("s", checks(0, 0, 0, 5)))
        .extracting(GuardViolation::kind).containsExactly(GuardViolation.Kind.EMPTY_MODEL);
    assertThat(new DiffGuards(null, null).beforeDiff("s", checks(0, 0, 0, 0))).isEmpty();
  }

  @Test
  void duplicateKeysFoundAgainstTheDiffStopTheRunAloneAndCannotBeConfirmed() {
    DiffGuards guards = new DiffGuards(0.10, 0.10);
    PlannedDiff diff = new PlannedDiff(new DiffCounts(50, 0, 50, 0),
        new DuplicateKeys(3, List.of("k1 (2 rows)", "k2 (3 rows)")));
    List<GuardViolation> violations = guards.afterDiff("s", WriteMode.MIRROR, diff, 100);
    assertThat(violations).extracting(GuardViolation::kind)
        .as("the counts of a diff with duplicate keys mean nothing: no volume guard")
        .containsExactly(GuardViolation.Kind.DUPLICATE_KEYS);
    assertThat(violations.get(0).message()).contains("3 primary keys occur more than once")
        .contains("k2 (3 rows)");
    assertThat(violations.get(0).kind().confirmable()).isFalse();
    assertThat(guards.afterDiff("s", WriteMode.MIRROR,
        new PlannedDiff(new DiffCounts(5, 0, 5, 90), DuplicateKeys.NONE), 100)).isEmpty();
  }

  @Test
  void deleteSafetyAppliesToMirrorRunsOnly() {
    DiffGuards guards = new DiffGuards(0.10, null);
    DiffCounts counts = new DiffCounts(0, 0, 11, 89);
    assertThat(guards.afterDiff("s", WriteMode.MIRROR, counts, 100))
        .extracting(GuardViolation::kind).containsExactly(GuardViolation.Kind.DELETE_SAFETY);
    assertThat(guards.afterDiff("s", WriteMode.MIRROR, new DiffCounts(0, 0, 10, 90), 100)).isEmpty();
    assertThat(guards.afterDiff("s", WriteMode.UPSERT, counts, 100)).isEmpty();
  }

  @Test
  void changeSafetyCountsWhatTheModeSends() {
    DiffGuards guards = new DiffGuards(null, 0.5);
    DiffCounts counts = new DiffCounts(30, 30, 40, 0);
    assertThat(guards.afterDiff("s", WriteMode.UPSERT, counts, 100))
        .extracting(GuardViolation::kind).containsExactly(GuardViolation.Kind.CHANGE_SAFETY);
    assertThat(guards.afterDiff("s", WriteMode.INSERT, counts, 100)).isEmpty();
    assertThat(guards.afterDiff("s", WriteMode.UPSERT, counts, 0)).as("first run").isEmpty();
  }
}
