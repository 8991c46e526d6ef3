package dev.ebb.runtime.web;

import dev.ebb.runtime.schedule.Scheduler;
import dev.ebb.runtime.schedule.WorkerPool;
import dev.ebb.runtime.schedule.WorkspaceRuns;
import dev.ebb.engine.state.Leases;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.run.RunOptions;
import dev.ebb.engine.run.SyncRunner;
import dev.ebb.engine.workspace.Workspace;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ebb serve} in one process: the scheduler ticking, N workers executing runs, and the web
 * site and API. {@link #close()} is the graceful shutdown that SIGTERM triggers: stop scheduling,
 * stop claiming, let in-flight deliveries checkpoint, release leases (so another worker resumes
 * those runs at once), stop the web server; the process then exits 0.
 */
public final class ServeApplication implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServeApplication.class);

  /**
   * How often serve sweeps the record log for what its retention no longer keeps; runs purge a
   * little after they end, the sweep catches up with the rest (and with runs of other processes).
   */
  static final Duration RECORD_LOG_SWEEP = Duration.ofHours(1);

  /**
   * @param workers worker threads (0: schedule and serve only, e.g. when {@code ebb worker}
   *     processes execute the runs)
   * @param tick how often the scheduler looks for due runs
   * @param lease how long a sync's claim outlives its worker's last renewal
   */
  public record Options(int workers, Duration tick, Duration lease, Duration poll) {
    public static final Options DEFAULTS = new Options(2, Duration.ofSeconds(2), Leases.DEFAULT_TIME, Duration.ofSeconds(1));
  }

  private final Scheduler scheduler;
  private final WorkerPool workers;
  private final WebServer web;
  private final ScheduledExecutorService ticker;
  private final ScheduledExecutorService housekeeping;

  private ServeApplication(
      Scheduler scheduler, WorkerPool workers, WebServer web, ScheduledExecutorService ticker,
      ScheduledExecutorService housekeeping) {
    this.scheduler = scheduler;
    this.workers = workers;
    this.web = web;
    this.ticker = ticker;
    this.housekeeping = housekeeping;
  }

  /**
   * Starts everything. Refuses (IllegalArgumentException) a non-loopback bind without a token
   * before anything starts.
   */
  public static ServeApplication start(Workspace workspace, WebSettings settings, Options options, Supplier<String> manifestJson) {
    String refusal = settings.refusal();
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    StateStore state = workspace.state();
    Scheduler scheduler =
        new Scheduler(workspace.compilation().project().syncs(), state, workspace.clock(), WorkspaceRuns.of(workspace));
    ServeMetrics metrics = new ServeMetrics(scheduler.syncs(), state, workspace::engines, workspace.clock());
    SyncRunner runner = new SyncRunner(workspace, RunOptions.DEFAULTS, metrics);
    WorkerPool workers = null;
    if (options.workers() > 0) {
      workers = new WorkerPool(state, runner::execute, options.workers(), options.lease(), options.poll());
      workers.start();
    }
    WebServer web = WebServer.start(settings, state, scheduler, metrics, manifestJson);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "ebb-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleWithFixedDelay(() -> {
      try {
        scheduler.tick().forEach(result -> LOG.info("schedule: {} {}", result.sync(), result.outcome()));
      } catch (RuntimeException e) {
        LOG.warn("scheduler tick failed: {}", e.getMessage());
      }
    }, 0, options.tick().toMillis(), TimeUnit.MILLISECONDS);
    // On a thread of its own: a long sweep must not delay the scheduler's ticks.
    ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "ebb-record-log-retention");
      thread.setDaemon(true);
      return thread;
    });
    housekeeping.scheduleWithFixedDelay(
        workspace.recordLogRetention()::sweep, 0, RECORD_LOG_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    return new ServeApplication(scheduler, workers, web, ticker, housekeeping);
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public int port() {
    return web.port();
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    housekeeping.shutdownNow();
    if (workers != null) {
      workers.close();
    }
    web.close();
  }
}
