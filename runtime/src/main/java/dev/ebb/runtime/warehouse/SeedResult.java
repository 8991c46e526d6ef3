package dev.ebb.runtime.warehouse;

/** One loaded seed: which file went to which table, and how many rows. */
public record SeedResult(String seed, String table, long rows) {}
