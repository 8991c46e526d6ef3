package dev.ebb.engine.delivery;

import dev.ebb.destination.api.ObjectWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Delivers ordered record streams to one destination. One engine per destination, kept across
 * runs: it owns the destination's rate limit, {@code Retry-After} gate and circuit breaker, and
 * each delivery runs on its own lane threads, so one slow or failing destination never stalls
 * another. The rate, the gate and the circuit live in a {@link ControlStore}: this process's
 * memory, or a state store shared with every other process delivering to the destination.
 */
public final class DeliveryEngine {

  /** Records handed to a lane at once, at most: see {@link Dispatcher}. */
  private static final int MAX_CHUNK = 64;
  private static final long MAX_CHUNK_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final String destination;
  private final DeliverySettings settings;
  private final Throttle throttle;
  private final Circuit circuit;

  /** How long a stopping delivery waits for what it read to be delivered: well within SIGTERM's 30 s. */
  private static final long IN_FLIGHT_GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** An engine whose rate and circuit this process keeps to itself. */
  public DeliveryEngine(String destination, DeliverySettings settings) {
    this(destination, settings, ControlStore.local(destination));
  }

  public DeliveryEngine(String destination, DeliverySettings settings, ControlStore controls) {
    this.destination = destination;
    this.settings = settings;
    ControlView view = new ControlView(controls);
    Clock clock = Clock.systemUTC();
    this.throttle = new Throttle(settings.requestsPerSecond(), view, clock);
    this.circuit = new Circuit(settings.breaker(), view, clock);
  }

  public String destination() {
    return destination;
  }

  public DeliverySettings settings() {
    return settings;
  }

  /** The breaker state for metrics and status pages: CLOSED, OPEN, HALF_OPEN... */
  public String circuitState() {
    return circuit.status().name();
  }

  /** The request rate in force: below the configured one after the destination throttled. */
  public double currentRate() {
    return throttle.currentRate();
  }

  /**
   * Delivers every record of {@code source} through {@code writer}, returning when all are
   * settled or the delivery stopped (circuit open, permanent failure). Memory stays bounded: the
   * source is read only as fast as the destination takes records.
   */
  public DeliveryReport deliver(ObjectWriter writer, RecordSource source, DeliveryListener listener) {
    int lanes = settings.maxConcurrency();
    int batchSize = settings.batchSize();
    // The settlement window: a batch in flight and the next one per lane. Larger, it would only keep
    // more rows alive (each garbage collection copies them), and a crash re-sends at most this many.
    SettlementTracker tracker = new SettlementTracker(Math.max(1024, 2 * lanes * batchSize));
    DeliveryRun run = new DeliveryRun(destination, listener, tracker);
    run.startListener();
    int chunkSize = Math.min(MAX_CHUNK, Math.max(1, batchSize / 4));
    List<BlockingQueue<List<Item>>> queues = new ArrayList<>(lanes);
    List<Thread> threads = new ArrayList<>(lanes);
    for (int i = 0; i < lanes; i++) {
      // Room for the next batch while one is in flight, so the reader rarely waits on a busy lane
      // while others idle; the settlement ring still bounds what is read ahead.
      BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>((2 * batchSize + 1) / chunkSize + 2);
      BatchSender sender =
          new BatchSender(destination, writer, run, throttle, circuit, settings.retry());
      Thread thread =
          new Thread(
              new Lane(queue, sender, run, batchSize, settings.linger().toNanos()),
              "ebb-delivery-" + destination + "-" + i);
      thread.setDaemon(true);
      queues.add(queue);
      threads.add(thread);
      thread.start();
    }
    Dispatcher dispatcher = new Dispatcher(queues, run, chunkSize, MAX_CHUNK_DELAY_NANOS);
    try {
      read(source, run, dispatcher);
      dispatcher.end();
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException e) {
      stopGracefully(dispatcher, threads, run);
      Thread.currentThread().interrupt();
    }
    run.awaitListener();
    return run.report();
  }

  /**
   * SIGTERM: read nothing more, but deliver what was read already (at most the settlement window),
   * so that the checkpoint covers it and the next run sends none of it again. Lanes still busy
   * after the grace period give up their batch, which the next run then re-sends.
   */
  private static void stopGracefully(Dispatcher dispatcher, List<Thread> threads, DeliveryRun run) {
    long deadline = System.nanoTime() + IN_FLIGHT_GRACE_NANOS;
    try {
      dispatcher.end(deadline);
    } catch (InterruptedException again) {
      // interrupted once more: stop at once
    }
    threads.forEach(thread -> DeliveryRun.joinUntil(thread, deadline));
    run.stop(DeliveryReport.Status.INTERRUPTED, "delivery interrupted");
    threads.forEach(Thread::interrupt);
    threads.forEach(DeliveryRun::joinUninterruptibly);
  }

  private static void read(RecordSource source, DeliveryRun run, Dispatcher dispatcher)
      throws InterruptedException {
    try {
      while (!run.stopped()) {
        Optional<? extends PendingRecord> next = source.next();
        if (next.isEmpty()) {
          return;
        }
        PendingRecord record = next.get();
        if (!run.tracker().hasRoom()) {
          dispatcher.flushAll(); // the lanes need these to settle, and free the room
        }
        long slot = run.tracker().register(record.sequence(), run::stopped);
        if (slot < 0) {
          return;
        }
        dispatcher.dispatch(new Item(slot, record));
      }
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      run.stop(DeliveryReport.Status.FAILED, "reading records failed: " + e.getMessage());
    }
  }
}
