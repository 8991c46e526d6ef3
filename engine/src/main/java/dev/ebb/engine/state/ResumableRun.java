package dev.ebb.engine.state;

/**
 * A run left in planning, delivering or committing, with where to resume it.
 *
 * @param checkpoint the last checkpoint, or one at sequence 0 with the run's counts when none was
 *     written
 */
public record ResumableRun(Run run, Checkpoint checkpoint) {}
