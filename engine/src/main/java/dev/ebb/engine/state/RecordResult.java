package dev.ebb.engine.state;

import dev.ebb.destination.api.Operation;
import java.time.Instant;

/**
 * One line of the per-record log, with its provenance (run, git commit, mapping fingerprint: its
 * run's, see {@link NewRecordResult}).
 *
 * @param response what the destination answered, or the reason of a failure (may be null)
 */
public record RecordResult(
    String runId,
    String sync,
    String gitCommit,
    String mappingFingerprint,
    String key,
    Operation op,
    DeliveryOutcome outcome,
    String response,
    Instant at) {}
