package dev.ebb.engine.state;

/**
 * What an attempt to claim a sync found.
 *
 * @param claim the claim acquired, when {@code acquired}; otherwise the other holder's
 */
public record ClaimAttempt(SyncClaim claim, boolean acquired) {}
