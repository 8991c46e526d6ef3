package dev.ebb.engine.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the per-record log within its {@link RetentionPolicy}: a little after each run, the rest
 * from {@code ebb serve}'s periodic sweep. Housekeeping never fails what triggered it: a purge that
 * fails is logged and tried again next time.
 */
public final class RecordLogRetention {

  /** Runs whose log one purge deletes: one short transaction even when a run logged millions. */
  static final int RUNS_PER_PURGE = 20;

  /** Batches one sweep deletes at most, so that it never holds up the thread it runs on for long. */
  static final int PURGES_PER_SWEEP = 50;

  /** After a run, a process purges at most this often: workers finishing runs back to back purge once. */
  static final Duration AFTER_RUN_INTERVAL = Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(RecordLogRetention.class);

  private final Supplier<StateStore> state;
  private final RetentionPolicy policy;
  private final Clock clock;
  private Instant lastPurge;

  /** @param state the state store, opened when a purge first needs it */
  public RecordLogRetention(Supplier<StateStore> state, RetentionPolicy policy, Clock clock) {
    this.state = state;
    this.policy = policy;
    this.clock = clock;
  }

  public RetentionPolicy policy() {
    return policy;
  }

  /** After a run ended: one bounded purge, unless this process purged within the last minute. */
  public RecordLogPurge afterRun() {
    synchronized (this) {
      Instant now = clock.instant();
      if (lastPurge != null && now.isBefore(lastPurge.plus(AFTER_RUN_INTERVAL))) {
        return RecordLogPurge.NONE;
      }
      lastPurge = now;
    }
    return purge(1);
  }

  /** The periodic sweep: purges until nothing is left to purge, or {@value #PURGES_PER_SWEEP} batches. */
  public RecordLogPurge sweep() {
    return purge(PURGES_PER_SWEEP);
  }

  private RecordLogPurge purge(int batches) {
    RecordLogPurge total = RecordLogPurge.NONE;
    try {
      for (int i = 0; i < batches; i++) {
        RecordLogPurge purged = state.get().purgeRecordResults(policy, RUNS_PER_PURGE);
        total = total.plus(purged);
        if (purged.runs() < RUNS_PER_PURGE) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("purging the record log failed (it is tried again later): {}", e.getMessage());
    }
    if (total.runs() > 0) {
      LOG.info("record log: purged {} lines of {} runs (kept: {} days, last {} runs per sync)",
          total.lines(), total.runs(), policy.maxAge().toDays(), policy.keepRuns());
    }
    return total;
  }
}
