package dev.ebb.runtime.schedule;

import dev.ebb.runtime.state.Run;
import dev.ebb.runtime.state.StateStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N worker threads that claim runs from the state store with leases and execute them. A lease is
 * renewed while its run executes; a worker that loses it (it stalled past the lease) is
 * interrupted, since another worker may now resume the run. When a worker process dies, its
 * leases expire and another process resumes its runs from their checkpoints.
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
  private final ConcurrentHashMap<String, String> executing = new ConcurrentHashMap<>();
  private final ScheduledExecutorService renewals =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(new Thread(r, "ebb-lease-renewal")));
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
      Thread thread = new Thread(() -> work(workerId), "ebb-" + workerId);
      threads.add(thread);
      thread.start();
    }
  }

  /** The id of worker {@code number}, as it appears on leases: {@code worker-<process>-<number>}. */
  public String workerId(int number) {
    return "worker-" + processId + "-" + number;
  }

  /** Run ids executing right now, by worker id. */
  public List<String> executingRuns() {
    return List.copyOf(executing.values());
  }

  /**
   * Stops claiming, interrupts in-flight runs (they settle their in-flight batches and
   * checkpoint), waits for them, and releases their leases so another worker resumes them at once.
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
    renewals.shutdownNow();
  }

  @Override
  public void close() {
    try {
      shutdown(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void work(String workerId) {
    while (!stopping) {
      Optional<Run> claimed;
      try {
        claimed = state.claim(workerId, leaseTime);
      } catch (RuntimeException e) {
        LOG.warn("{}: claiming a run failed: {}", workerId, e.getMessage());
        claimed = Optional.empty();
      }
      if (claimed.isPresent()) {
        execute(workerId, claimed.get());
      } else if (!sleep()) {
        return;
      }
    }
  }

  private void execute(String workerId, Run run) {
    Thread self = Thread.currentThread();
    executing.put(workerId, run.id());
    long every = Math.max(1, leaseTime.toMillis() / 3);
    ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> {
      if (!state.renewLease(run.id(), workerId, leaseTime)) {
        LOG.warn("{}: lost the lease of run {}; stopping it", workerId, run.id());
        self.interrupt();
      }
    }, every, every, TimeUnit.MILLISECONDS);
    try {
      LOG.info("{}: executing run {} of {}", workerId, run.id(), run.sync());
      executor.execute(run);
    } catch (RuntimeException e) {
      LOG.error("{}: run {} of {} stopped on an internal error", workerId, run.id(), run.sync(), e);
    } finally {
      renewal.cancel(false);
      executing.remove(workerId);
      try {
        // A final run released its lease already; an interrupted one is given back here.
        state.releaseLease(run.id(), workerId);
      } catch (RuntimeException e) {
        LOG.warn("{}: releasing the lease of run {} failed: {}", workerId, run.id(), e.getMessage());
      }
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

  private static Thread daemon(Thread thread) {
    thread.setDaemon(true);
    return thread;
  }
}
