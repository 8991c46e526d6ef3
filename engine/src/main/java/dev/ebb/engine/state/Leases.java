package dev.ebb.engine.state;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Acquires sync claims for one holder and keeps them alive: what makes one process at a time
 * execute a sync's runs, whatever started it ({@code ebb run}, {@code ebb retry}, a worker).
 *
 * <p>Timing, with lease time L (60 s unless configured): a held claim is renewed every L/3; a
 * holder that dies (or stalls) keeps it at most L after its last renewal, then the next claimant
 * takes it over with a greater fencing token and resumes the unfinished run from its checkpoint;
 * the stalled holder's writes are refused from then on, and it stops when it next writes.
 */
public final class Leases implements AutoCloseable {

  /** When none is configured. */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(60);

  private final StateStore store;
  private final ClaimHolder holder;
  private final Duration time;
  private final ScheduledExecutorService renewals =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "ebb-lease-renewal");
            thread.setDaemon(true);
            return thread;
          });

  public Leases(StateStore store, ClaimHolder holder, Duration time) {
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("the lease time must be positive: " + time);
    }
    this.store = store;
    this.holder = holder;
    this.time = time;
  }

  public ClaimHolder holder() {
    return holder;
  }

  public Duration time() {
    return time;
  }

  /**
   * Claims {@code sync}, waiting up to {@code wait} for its holder to give it back or lapse.
   *
   * @param waiting told the holder when the wait begins
   * @param onLost runs (on the renewal thread) when the claim is lost before the lease is closed
   * @throws SyncBusyException when another holder kept it for longer than {@code wait}
   * @throws InterruptedException when interrupted while waiting
   */
  public Lease acquire(String sync, Duration wait, Consumer<SyncClaim> waiting, Runnable onLost)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    long poll = Math.max(50, Math.min(1_000, time.toMillis() / 6));
    boolean waited = false;
    while (true) {
      ClaimAttempt attempt = store.claimSync(sync, holder, time);
      if (attempt.acquired()) {
        return keep(attempt.claim(), onLost);
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new SyncBusyException(attempt.claim());
      }
      if (!waited) {
        waiting.accept(attempt.claim());
        waited = true;
      }
      Thread.sleep(Math.max(1, Math.min(poll, (deadline - System.nanoTime()) / 1_000_000)));
    }
  }

  /** Claims the next run to execute (see {@link StateStore#claim}) and keeps its sync's claim alive. */
  public Optional<ClaimedLease> claimRun(Runnable onLost) {
    return store.claim(holder, time).map(claimed -> new ClaimedLease(claimed.run(), keep(claimed.claim(), onLost)));
  }

  /** A claimed run and the lease on its sync. */
  public record ClaimedLease(Run run, Lease lease) {}

  private Lease keep(SyncClaim claim, Runnable onLost) {
    return new Lease(store, claim, time, renewals, onLost);
  }

  /** Stops renewing: close each lease first, which gives its claim back. */
  @Override
  public void close() {
    renewals.shutdownNow();
  }
}
