package dev.ebb.engine.state;

import java.time.Duration;

/** Claims for tests that write runs directly: the sync's current claim, or a new one of a test holder. */
public final class TestingClaims {

  public static final ClaimHolder HOLDER = new ClaimHolder("test", "localhost", 1);

  private final StateStore store;

  public TestingClaims(StateStore store) {
    this.store = store;
  }

  public SyncClaim of(Run run) {
    return of(run.sync());
  }

  public SyncClaim of(String sync) {
    return store.syncClaim(sync).orElseGet(() -> {
      ClaimAttempt attempt = store.claimSync(sync, HOLDER, Duration.ofHours(1));
      if (!attempt.acquired()) {
        throw new IllegalStateException("sync " + sync + " is held by " + attempt.claim().describeHolder());
      }
      return attempt.claim();
    });
  }
}
