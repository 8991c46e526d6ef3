package dev.ebb.engine.state;

import dev.ebb.destination.api.Operation;
import java.time.Instant;

/**
 * A line for the per-record log, as a run writes it. Its provenance (sync, git commit, mapping
 * fingerprint) is its run's, stored once with the run and read back into each {@link
 * RecordResult}.
 *
 * @param response what the destination answered, or the reason of a failure (may be null)
 */
public record NewRecordResult(
    String runId, String key, Operation op, DeliveryOutcome outcome, String response, Instant at) {}
