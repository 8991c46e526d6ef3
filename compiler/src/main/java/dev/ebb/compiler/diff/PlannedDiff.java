package dev.ebb.compiler.diff;

/**
 * A materialised diff: its counts, and the duplicate primary keys found while checking it (with
 * any, the diff is meaningless and the run must stop before sending).
 */
public record PlannedDiff(DiffCounts counts, DuplicateKeys duplicateKeys) {}
