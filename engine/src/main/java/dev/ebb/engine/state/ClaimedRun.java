package dev.ebb.engine.state;

/** A run a worker claimed, with the claim on its sync that its state writes carry. */
public record ClaimedRun(Run run, SyncClaim claim) {}
