package dev.ebb.runtime.schedule;

import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.Leases;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.run.RunReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N worker threads that claim runs, with their sync, from the state store and execute them. The
 * claim's lease is renewed while its run executes; a worker that loses it (it stalled past the
 * lease and another took the sync over) is interrupted, and the store refuses its writes. When a
 * worker process dies, its leases lapse and another process resumes its runs from their
 * checkpoints.
 */
public final class WorkerPool implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);

  private final StateStore state;
  private final RunExecutor executor;
  private final int size;
  private final Duration leaseTime;
  private final Duration pollInterval;
  private final String processId = UUID.randomUUID().toString().substring(0, 8);
  private final List<Thread> threads = new ArrayList<>();
  private final List<Leases> leases = new ArrayList<>();
  private final ConcurrentHashMap<String, String> executing = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  public WorkerPool(StateStore state, RunExecutor executor, int size, Duration leaseTime, Duration pollInterval) {
    this.state = state;
    this.executor = executor;
    this.size = Math.max(1, size);
    this.leaseTime = leaseTime;
    this.pollInterval = pollInterval;
  }

  public synchronized void start() {
    for (int i = 1; i <= size; i++) {
      String workerId = workerId(i);
      Leases claims = new Leases(state, ClaimHolder.inThisProcess(workerId), leaseTime);
      leases.add(claims);
      Thread thread = new Thread(() -> work(workerId, claims), "ebb-" + workerId);
      threads.add(thread);
      thread.start();
    }
  }

  /** The id of worker {@code number}, as it appears on claims: {@code worker-<process>-<number>}. */
  public String workerId(int number) {
    return "worker-" + processId + "-" + number;
  }

  /** Run ids executing right now, by worker id. */
  public List<String> executingRuns() {
    return List.copyOf(executing.values());
  }

  /**
   * Stops claiming, interrupts in-flight runs (they settle their in-flight batches and
   * checkpoint), waits for them, and releases their claims so another worker resumes them at once.
   */
  public void shutdown(Duration grace) throws InterruptedException {
    stopping = true;
    List<Thread> running;
    synchronized (this) {
      running = List.copyOf(threads);
    }
    running.forEach(Thread::interrupt);
    long deadline = System.nanoTime() + grace.toNanos();
    for (Thread thread : running) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    synchronized (this) {
      leases.forEach(Leases::close);
    }
  }

  @Override
  public void close() {
    try {
      shutdown(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void work(String workerId, Leases claims) {
    Thread self = Thread.currentThread();
    while (!stopping) {
      Optional<Leases.ClaimedLease> claimed;
      try {
        claimed = claims.claimRun(self::interrupt);
      } catch (RuntimeException e) {
        LOG.warn("{}: claiming a run failed: {}", workerId, e.getMessage());
        claimed = Optional.empty();
      }
      if (claimed.isPresent()) {
        execute(workerId, claimed.get().run(), claimed.get().lease());
      } else if (!sleep()) {
        return;
      }
    }
  }

  private void execute(String workerId, Run run, Lease lease) {
    executing.put(workerId, run.id());
    try (lease) {
      LOG.info("{}: executing run {} of {}", workerId, run.id(), run.sync());
      RunReport report = executor.execute(run, lease);
      if (report.outcome() == RunReport.Outcome.LOST_CLAIM) {
        LOG.warn("{}: run {} of {}: {}", workerId, run.id(), run.sync(), report.message());
      }
    } catch (RuntimeException e) {
      LOG.error("{}: run {} of {} stopped on an internal error", workerId, run.id(), run.sync(), e);
    } finally {
      // Closing the lease gave the claim back: another worker may resume an interrupted run at once.
      executing.remove(workerId);
      if (!stopping) {
        Thread.interrupted(); // a lost lease interrupted this run only, not the worker
      }
    }
  }

  private boolean sleep() {
    try {
      Thread.sleep(pollInterval.toMillis());
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }
}
