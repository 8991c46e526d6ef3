package dev.ebb.engine.state;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A held sync claim, kept alive in the background: renewed every third of the lease time, so that
 * two renewals may fail (a slow or briefly unreachable state store) before it lapses. When a
 * renewal finds the claim taken over, or no renewal succeeded for a whole lease, the lease is lost
 * and {@code onLost} runs (it interrupts the run, which then stops sending); the store refuses the
 * holder's writes from then on anyway (fencing). Closing gives the claim back.
 */
public final class Lease implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Lease.class);

  private final StateStore store;
  private final SyncClaim claim;
  private final Duration time;
  private final Runnable onLost;
  private final ScheduledFuture<?> renewal;
  /** System.nanoTime() until which the claim is surely still this holder's. */
  private volatile long validUntil;
  private volatile boolean lost;

  Lease(StateStore store, SyncClaim claim, Duration time, ScheduledExecutorService renewals, Runnable onLost) {
    this.store = store;
    this.claim = claim;
    this.time = time;
    this.onLost = onLost;
    this.validUntil = System.nanoTime() + time.toNanos();
    long every = Math.max(1, time.toMillis() / 3);
    this.renewal = renewals.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /** The claim every state write of the run carries. */
  public SyncClaim claim() {
    return claim;
  }

  public boolean lost() {
    return lost;
  }

  /**
   * Proves that the claim is still this holder's, and extends it: before a step the state store
   * cannot fence, i.e. the snapshot commit in the warehouse.
   *
   * @throws StaleClaimException when another claimant took the sync over
   */
  public void prove() {
    long started = System.nanoTime();
    if (lost || !store.renewClaim(claim, time)) {
      lose("taken over");
      throw new StaleClaimException(claim, "taken over by " + store.syncClaim(claim.sync())
          .map(SyncClaim::describeHolder).orElse("another claimant, and since released"));
    }
    validUntil = started + time.toNanos();
  }

  private void renew() {
    long started = System.nanoTime();
    try {
      if (store.renewClaim(claim, time)) {
        validUntil = started + time.toNanos();
      } else {
        lose("taken over by another claimant");
      }
    } catch (RuntimeException e) {
      if (System.nanoTime() - validUntil >= 0) {
        lose("not renewed within the lease (" + e.getMessage() + ")");
      } else {
        LOG.warn("renewing the claim on sync {} failed, trying again: {}", claim.sync(), e.getMessage());
      }
    }
  }

  private synchronized void lose(String why) {
    if (lost) {
      return;
    }
    lost = true;
    renewal.cancel(false);
    LOG.warn("lost the claim on sync {}: {}; stopping its run", claim.sync(), why);
    onLost.run();
  }

  /** Stops renewing and gives the claim back (unless it was lost: then it is another's). */
  @Override
  public void close() {
    renewal.cancel(false);
    if (lost) {
      return;
    }
    try {
      store.releaseClaim(claim);
    } catch (RuntimeException e) {
      LOG.warn("releasing the claim on sync {} failed; it lapses in {}: {}", claim.sync(), time, e.getMessage());
    }
  }
}
