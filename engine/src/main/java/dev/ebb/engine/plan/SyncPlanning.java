package dev.ebb.engine.plan;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.DiffGuards;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.compiler.diff.PlannedDiff;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.Operation;
import dev.ebb.engine.diff.DiffRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans one sync, the same way for {@code ebb run} and {@code ebb plan}: sets the snapshot up,
 * checks the model's keys and rows, runs the model's data tests, materialises and counts the diff,
 * and applies the guards before and after it. The diff is computed whenever the keys allow it (no
 * NULL keys), so that a blocked run and a plan show the same counts; whether a run may go on is
 * {@link PlanningResult#stop()}.
 *
 * <p>Cost: the setup and check statements, one query per data test, and the diff's materialisation
 * (one scan of the model). Nothing is sent and nothing is written to the state store.
 */
public final class SyncPlanning {

  private final Compilation compilation;
  private final Dialect dialect;

  public SyncPlanning(Compilation compilation, Dialect dialect) {
    this.compilation = compilation;
    this.dialect = dialect;
  }

  /**
   * @param runner the diff's statements, on {@code connection} (autocommitting)
   * @param fullRefresh drop the snapshot first: every model row is new
   * @param confirm the user confirmed what the volume guards and the empty-model guard stop
   */
  public PlanningResult plan(
      Sync sync, DiffPlan plan, DiffRunner runner, Connection connection, boolean fullRefresh, boolean confirm)
      throws SQLException {
    if (fullRefresh) {
      runner.fullRefresh();
    }
    runner.setup();
    DiffCheckResult checks = runner.check();
    DiffGuards guards = new DiffGuards(sync.deleteSafety(), sync.changeSafety());
    List<GuardViolation> violations = new ArrayList<>(guards.beforeDiff(sync.name(), checks));
    Model model = compilation.project().model(sync.model()).orElseThrow();
    var modelQuery = compilation.analysis().compiledSql().query(sync.model(), dialect);
    List<DataTestResult> tests = DataTests.run(model, modelQuery, dialect, connection);
    // Rows without a key cannot be matched to the snapshot: with NULL keys (before the diff, the
    // only violation --confirm does not cover) there is no diff to compute.
    boolean keysUnusable = violations.stream().anyMatch(v -> !v.kind().confirmable());
    Optional<PlannedDiff> diff = keysUnusable ? Optional.empty() : Optional.of(runner.plan(checks));
    diff.ifPresent(d -> violations.addAll(guards.afterDiff(sync.name(), sync.mode(), d, checks.snapshotRows())));
    Map<Operation, Long> operations = diff.filter(d -> !d.duplicateKeys().found())
        .map(d -> Operations.sent(sync.mode(), d.counts()))
        .orElse(Map.of());
    return new PlanningResult(sync.name(), checks, tests, violations, confirm, diff, operations,
        checks.mappingChanged(plan.fingerprint()), runner.snapshotWantsCompaction(checks));
  }
}
