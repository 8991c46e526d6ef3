package dev.ebb.engine.state;

import dev.ebb.destination.api.Operation;
import java.time.Instant;

/**
 * A permanently rejected record. One per sync and key: rejecting the key again updates it.
 *
 * @param runId the last run that rejected it
 * @param attempts how many runs rejected it
 */
public record DeadLetter(
    long id,
    String sync,
    String key,
    Operation op,
    String payloadJson,
    String reason,
    String runId,
    Instant firstSeen,
    Instant lastSeen,
    int attempts,
    DeadLetterStatus status) {}
