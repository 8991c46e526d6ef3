package dev.ebb.engine.state;

import java.time.Instant;

/**
 * Progress of a delivering run, written after each settled batch: a resumed run skips every record
 * with a sequence number up to {@code sequence}.
 *
 * @param sequence the last settled sequence number (0: nothing settled yet)
 */
public record Checkpoint(String runId, long sequence, RunCounts counts, Instant at) {}
