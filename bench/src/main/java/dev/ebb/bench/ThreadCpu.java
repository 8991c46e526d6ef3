package dev.ebb.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time per thread group (thread names without their trailing number) between {@link #start}
 * and {@link #stop}: shows which side (reader, lanes, listener, HTTP client, sink) a measurement
 * spent its CPU on. Threads that end in between are caught by sampling every 20 ms, so a thread
 * may lose up to that much. JVM-internal threads (GC, JIT) and DuckDB's native threads are not
 * Java threads: they are the process's CPU time minus the groups. GC pause time is added.
 */
final class ThreadCpu implements AutoCloseable {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, String> names = new HashMap<>();
  private final Map<Long, Long> first = new HashMap<>();
  private final Map<Long, Long> last = new HashMap<>();
  private final Thread sampler;
  private final long gcStartMillis = gcMillis();
  private volatile boolean running = true;

  private ThreadCpu() {
    sample(true);
    sampler = new Thread(() -> {
      while (running) {
        sample(false);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-cpu-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static ThreadCpu start() {
    return new ThreadCpu();
  }

  /** @param initial whether this is the baseline: threads born later started from 0 */
  private synchronized void sample(boolean initial) {
    for (long id : threads.getAllThreadIds()) {
      long cpu = threads.getThreadCpuTime(id);
      ThreadInfo info = threads.getThreadInfo(id);
      if (cpu < 0 || info == null) {
        continue;
      }
      names.putIfAbsent(id, info.getThreadName().replaceAll("-?\\d+$", ""));
      first.putIfAbsent(id, initial ? cpu : 0L);
      last.put(id, cpu);
    }
  }

  /** Stops sampling; returns e.g. {@code "main 3.1, ebb-delivery-sink 2.2, ..."} (CPU seconds). */
  String stop() {
    running = false;
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample(false);
    Map<String, Double> groups = new HashMap<>();
    synchronized (this) {
      last.forEach((id, cpu) -> groups.merge(names.get(id), (cpu - first.getOrDefault(id, 0L)) / 1e9, Double::sum));
    }
    return groups.entrySet().stream()
            .filter(e -> e.getValue() >= 0.05)
            .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
            .map(e -> String.format("%s %.2f", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "))
        + String.format("; GC pauses %.2f s", (gcMillis() - gcStartMillis) / 1e3);
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0)
        .sum();
  }

  @Override
  public void close() {
    running = false;
  }
}
