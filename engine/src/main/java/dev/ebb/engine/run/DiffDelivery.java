package dev.ebb.engine.run;

import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.SyncDiffSpecs;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.engine.delivery.DeliveryReport;
import dev.ebb.engine.diff.DiffRunner;
import dev.ebb.engine.mapping.RecordMapper;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.SyncClaim;
import dev.ebb.engine.workspace.Destinations;
import dev.ebb.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A run's delivering step: opens the destination's writer for the sync's object, streams the diff
 * from a checkpoint on and records each settled batch, until the diff is exhausted, the delivery
 * stops, or the thread is interrupted.
 */
final class DiffDelivery {

  /**
   * @param counts the run's counts after the last settled batch
   * @param checkpointed the last checkpointed sequence number: the commit goes no further
   */
  record Result(DeliveryReport report, RunCounts counts, long checkpointed) {}

  private final Workspace workspace;
  private final RunOptions options;
  private final RunProgress progress;

  DiffDelivery(Workspace workspace, RunOptions options, RunProgress progress) {
    this.workspace = workspace;
    this.options = options;
    this.progress = progress;
  }

  Result deliver(Sync sync, Run run, SyncClaim claim, DiffPlan plan, long fromSequence, RunCounts counts)
      throws SQLException, DestinationException {
    Destinations.Open destination = workspace.destination(sync.destination());
    String primaryKey = SyncDiffSpecs.primaryKey(workspace.compilation().project(), sync).get(0);
    RecordMapper mapper = RecordMapper.forSync(sync, primaryKey);
    // The reading connection streams one query for the whole delivery: outside autocommit, so that
    // PostgreSQL's driver fetches rows in chunks instead of the whole result.
    try (ObjectWriter writer = destination.destination().open(ObjectBindings.of(sync, run.id(), workspace.compilation()));
        Connection reading = workspace.warehouse().connection();
        Connection recording = RunMachine.autoCommitting(workspace.warehouse().connection());
        DiffRecordSource source = new DiffRecordSource(new DiffRunner(reading, plan), fromSequence, options.pageSize(),
            sync.mode(), mapper, warehouseJson(plan, writer), sync.name(), plan.fingerprint())) {
      reading.setAutoCommit(false);
      RunRecorder recorder = new RunRecorder(workspace.state(), claim, new DiffRunner(recording, plan), source, run, counts,
          fromSequence, options.recordLog(), workspace.clock(), progress);
      DeliveryReport report = destination.engine().deliver(writer, source, recorder);
      return new Result(report, recorder.counts(), recorder.checkpointed());
    }
  }

  /**
   * Whether the warehouse builds each record's JSON: when it can write the mapping exactly and the
   * destination embeds the JSON as it is. Otherwise rows are mapped in Java.
   */
  private static boolean warehouseJson(DiffPlan plan, ObjectWriter writer) {
    return plan.readRecords() != null && writer.acceptsFieldsJson();
  }
}
