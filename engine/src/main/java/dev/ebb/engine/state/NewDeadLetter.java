package dev.ebb.engine.state;

import dev.ebb.destination.api.Operation;

/** A record a destination rejected for good, as reported by a run. */
public record NewDeadLetter(
    String sync, String key, Operation op, String payloadJson, String reason, String runId) {}
