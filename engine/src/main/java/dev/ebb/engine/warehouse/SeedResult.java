package dev.ebb.engine.warehouse;

/** One loaded seed: which file went to which table, and how many rows. */
public record SeedResult(String seed, String table, long rows) {}
