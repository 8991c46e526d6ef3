package dev.ebb.engine.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.engine.diff.DiffRunner;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.engine.delivery.BatchCompletion;
import dev.ebb.engine.delivery.DeliveryListener;
import dev.ebb.engine.delivery.SequencedRecord;
import dev.ebb.engine.mapping.Json;
import dev.ebb.engine.state.DeliveryOutcome;
import dev.ebb.engine.state.NewDeadLetter;
import dev.ebb.engine.state.NewRecordResult;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.SettledRecords;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncClaim;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes settled batches durable, in an order that loses nothing on a crash: first the keys the
 * destination did not accept go to the warehouse's failed-keys table (so no later commit can
 * advance them), then the per-record log, dead letters and the checkpoint, in one state store
 * transaction. A crash between these steps at worst re-sends the batches, never skips a record.
 * The transaction carries the sync's claim: once another holder took the sync over it is refused,
 * the delivery stops, and the reader reads nothing more (settlement slots are released only by a
 * durable checkpoint), so a stale holder sends at most what it had in flight.
 */
final class RunRecorder implements DeliveryListener {

  private static final ObjectMapper JSON = Json.MAPPER;

  private final StateStore state;
  private final SyncClaim claim;
  private final DiffRunner failedKeys;
  private final DiffRecordSource source;
  private final Run run;
  private final boolean recordLog;
  private final Clock clock;
  private final RunProgress progress;
  private RunCounts counts;
  private long checkpointed;

  RunRecorder(
      StateStore state, SyncClaim claim, DiffRunner failedKeys, DiffRecordSource source, Run run, RunCounts counts,
      long checkpointed, boolean recordLog, Clock clock, RunProgress progress) {
    this.state = state;
    this.claim = claim;
    this.failedKeys = failedKeys;
    this.source = source;
    this.run = run;
    this.counts = counts;
    this.checkpointed = checkpointed;
    this.recordLog = recordLog;
    this.clock = clock;
    this.progress = progress;
  }

  @Override
  public void batchCompleted(BatchCompletion completion) {
    batchesCompleted(List.of(completion));
  }

  /** Settled batches made durable together: one warehouse insert of failed keys, one state transaction. */
  @Override
  public void batchesCompleted(List<BatchCompletion> completions) {
    List<Object> notAccepted = new ArrayList<>();
    List<NewRecordResult> results = new ArrayList<>();
    List<NewDeadLetter> deadLetters = new ArrayList<>();
    RunCounts updated = counts;
    long through = checkpointed;
    Instant now = clock.instant();
    for (BatchCompletion completion : completions) {
      long accepted = 0;
      long failed = 0;
      long rejected = 0;
      long skipped = 0;
      for (int i = 0; i < completion.records().size(); i++) {
        OutboundRecord record = completion.records().get(i).record();
        RecordOutcome outcome = completion.outcomes().get(i);
        DeliveryOutcome logged;
        String response = null;
        if (outcome instanceof RecordOutcome.Accepted) {
          accepted++;
          logged = DeliveryOutcome.ACCEPTED;
        } else if (outcome instanceof RecordOutcome.Skipped s) {
          // Handled as the mode says (update: no such record): the snapshot advances.
          skipped++;
          logged = DeliveryOutcome.SKIPPED;
          response = s.reason();
        } else if (outcome instanceof RecordOutcome.Rejected r) {
          rejected++;
          logged = DeliveryOutcome.REJECTED;
          response = r.reason();
          notAccepted.add(source.typedKey(record.key()));
          deadLetters.add(new NewDeadLetter(run.sync(), record.key(), record.operation(), payload(record), r.reason(), run.id()));
        } else {
          RecordOutcome.Retryable r = (RecordOutcome.Retryable) outcome;
          failed++;
          logged = DeliveryOutcome.RETRYABLE;
          response = r.reason();
          notAccepted.add(source.typedKey(record.key()));
        }
        if (recordLog || logged != DeliveryOutcome.ACCEPTED) {
          results.add(new NewRecordResult(run.id(), record.key(), record.operation(), logged, response, now));
        }
      }
      updated = updated.plusDelivery(completion.records().size(), accepted, failed, rejected, skipped);
      through = Math.max(through, completion.settledThrough());
    }
    // First the keys that must not advance, so that no checkpoint (hence commit) passes them.
    try {
      if (!notAccepted.isEmpty()) {
        failedKeys.recordFailed(notAccepted);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("recording failed keys in the warehouse failed: " + e.getMessage(), e);
    }
    state.checkpoint(claim, run.id(), Math.max(through, 0), updated, new SettledRecords(results, deadLetters));
    counts = updated;
    checkpointed = through;
    for (BatchCompletion completion : completions) {
      progress.batchSettled(run.sync(), run.id(), completion.records().size(), completion.attempts());
    }
    progress.delivered(run.sync(), run.id(), counts);
  }

  @Override
  public void waited(WaitKind kind, Duration duration) {
    progress.waited(run.sync(), kind, duration);
  }

  RunCounts counts() {
    return counts;
  }

  long checkpointed() {
    return checkpointed;
  }

  private static String payload(OutboundRecord record) {
    if (record.fieldsJson() != null) {
      return record.fieldsJson();
    }
    try {
      return JSON.writeValueAsString(record.fields());
    } catch (JsonProcessingException e) {
      return String.valueOf(record.fields());
    }
  }
}
