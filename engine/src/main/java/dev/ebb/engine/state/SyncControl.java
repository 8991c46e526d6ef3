package dev.ebb.engine.state;

import java.time.Instant;

/** Whether a sync takes new runs. A sync never paused reads as not paused. */
public record SyncControl(String sync, boolean paused, String reason, Instant updatedAt) {}
