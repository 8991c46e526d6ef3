package dev.ebb.engine.state;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A sync's claim as acquired: while it is held, nothing but its holder executes a run of the sync.
 *
 * @param token the fencing token: greater than that of every earlier claim of the sync. Each state
 *     write of a run carries it, and the store refuses it once another claimant took the sync over
 * @param since when the holder acquired the claim
 * @param expiresAt when the claim lapses unless renewed; a claimant may take it over after
 */
public record SyncClaim(String sync, long token, ClaimHolder holder, Instant since, Instant expiresAt) {

  /** For messages: {@code ebb run 3f9a2c1e (host h, pid 42) since 2026-12-04T15:20:01Z}. */
  public String describeHolder() {
    return holder + " since " + since.truncatedTo(ChronoUnit.SECONDS);
  }
}
