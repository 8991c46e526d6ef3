package dev.ebb.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.engine.delivery.DeliveryEngine;
import dev.ebb.engine.delivery.DeliveryListener;
import dev.ebb.engine.delivery.DeliveryReport;
import dev.ebb.engine.delivery.DeliverySettings;
import dev.ebb.engine.delivery.PendingRecord;
import dev.ebb.engine.mapping.RecordMapper;
import dev.ebb.engine.delivery.SequencedRecord;
import dev.ebb.destinations.webhook.WebhookDestinationFactory;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 1M synthetic changed rows (10 columns) through RecordMapper and DeliveryEngine into a loopback
 * batch webhook (1,000 records per request), against a raw baseline in the same run: the same
 * kind of records, serialized beforehand, posted in 1,000-record requests by an HttpClient of the
 * same configuration with the same concurrency. Prints records/min, peak heap and the ratio.
 * Run with {@code BENCH_JAVA_OPTS=-Xmx256m bench/run.sh DeliveryBench [rows]}.
 */
public final class DeliveryBench {

  private static final int BATCH = 1_000;
  private static final int CONCURRENCY = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeliveryBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    AtomicLong received = new AtomicLong();
    ExecutorService sinkThreads = Executors.newFixedThreadPool(CONCURRENCY);
    HttpServer sink = sink(received, sinkThreads);
    String url = "http://127.0.0.1:" + sink.getAddress().getPort() + "/batch";
    try {
      run("warm-up raw", () -> raw(url, rows / 10));
      run("warm-up ebb", () -> ebb(url, rows / 10));
      Result raw = run("raw", () -> raw(url, rows));
      Result ebb = run("ebb", () -> ebb(url, rows));
      System.out.printf(
          "DeliveryBench rows=%d raw: %.1fM records/min, peak heap %d MB | ebb: %.1fM records/min, peak heap %d MB | ebb/raw time ratio %.2f (target <= 1.5, >= 10M records/min)"
              + " | CPU raw %.2f s, ebb %.2f s, ratio %.2f%n",
          rows, raw.perMinute(rows) / 1e6, raw.peakHeapMb, ebb.perMinute(rows) / 1e6, ebb.peakHeapMb,
          ebb.seconds / raw.seconds, raw.cpuSeconds, ebb.cpuSeconds, ebb.cpuSeconds / raw.cpuSeconds);
      System.out.println("sink received " + received.get() + " bytes in total");
    } finally {
      sink.stop(0);
      sinkThreads.shutdownNow();
    }
  }

  private record Result(double seconds, double cpuSeconds, long peakHeapMb) {
    double perMinute(int rows) {
      return rows / seconds * 60;
    }
  }

  private interface Phase {
    void run() throws Exception;
  }

  private static Result run(String name, Phase phase) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    ThreadCpu threadCpu = ThreadCpu.start();
    long start = System.nanoTime();
    phase.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    System.out.printf("%-12s %.2f s, CPU %.2f s (this JVM, sink included), peak heap %d MB%n", name, seconds, cpu, peak);
    System.out.println("    CPU by thread: " + threadCpu.stop());
    return new Result(seconds, cpu, peak);
  }

  /** The raw cost: posting pre-serialized 1,000-record batches, no mapping, no engine. */
  private static void raw(String url, int rows) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    RecordMapper mapper = mapper();
    int distinct = 16; // held in memory: a 256 MB heap cannot hold 1M serialized records
    List<byte[]> bodies = new ArrayList<>();
    for (int b = 0; b < distinct; b++) {
      List<Map<String, Object>> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        long id = (long) b * BATCH + i;
        OutboundRecord record = mapper.map(row(id), Operation.UPSERT, Long.toString(id), "i" + id);
        batch.add(Map.of("op", "upsert", "key", record.key(), "record", record.fields(), "idempotency_key", record.idempotencyKey()));
      }
      bodies.add(JSON.writeValueAsBytes(batch));
    }
    int requests = rows / BATCH;
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<?>> lanes = new ArrayList<>();
    for (int lane = 0; lane < CONCURRENCY; lane++) {
      lanes.add(
          pool.submit(
              () -> {
                long n;
                while ((n = next.getAndIncrement()) < requests) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(url))
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) (n % distinct))))
                          .build();
                  HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException("sink answered " + response.statusCode());
                  }
                }
                return null;
              }));
    }
    for (Future<?> lane : lanes) {
      lane.get();
    }
    pool.shutdown();
  }


  /** The measured path: rows mapped, batched and sent by the delivery engine. */
  private static void ebb(String url, int rows) throws Exception {
    RecordMapper mapper = mapper();
    DestinationContext context =
        new DestinationContext() {
          @Override
          public Path projectDir() {
            return Path.of(".");
          }

          @Override
          public Clock clock() {
            return Clock.systemUTC();
          }
        };
    ObjectWriter writer =
        new WebhookDestinationFactory()
            .open(new DestinationConfig("sink", "webhook", Map.of("url", url, "batch", true), Path.of(".")), context)
            .open(new ObjectBinding("bench", "run-1", "contacts", WriteMode.UPSERT, "id", List.of(new FieldBinding("id", FieldType.INTEGER))));
    long[] next = {0};
    DeliveryReport report =
        new DeliveryEngine("sink", DeliverySettings.of(BATCH, CONCURRENCY, 0))
            .deliver(
                writer,
                () -> {
                  if (next[0] >= rows) {
                    return Optional.empty();
                  }
                  long id = next[0]++;
                  return Optional.of(new PendingRow(id, row(id), mapper));
                },
                DeliveryListener.NONE);
    if (report.accepted() != rows) {
      throw new IllegalStateException("delivery incomplete: " + report);
    }
  }

  /** A row read in order and mapped on a delivery lane, as the run engine's diff source does. */
  private record PendingRow(long id, Map<String, Object> row, RecordMapper mapper) implements PendingRecord {
    @Override
    public long sequence() {
      return id;
    }

    @Override
    public String key() {
      return Long.toString(id);
    }

    @Override
    public SequencedRecord prepare() {
      return new SequencedRecord(id, mapper.map(row, Operation.UPSERT, key(), "i" + id));
    }
  }

  private static RecordMapper mapper() {
    List<FieldMapping> mapping = new ArrayList<>();
    for (String column : List.of("id", "email", "first_name", "last_name", "ltv", "active", "created_at", "country", "score")) {
      mapping.add(new FieldMapping(column, new FieldSource.Column(column)));
    }
    mapping.add(new FieldMapping("properties.full_name", new FieldSource.Template("{{first_name}} {{last_name}}", List.of("first_name", "last_name"))));
    return RecordMapper.of(mapping, "id");
  }

  private static Map<String, Object> row(long id) {
    Map<String, Object> row = new HashMap<>(16);
    row.put("id", id);
    row.put("email", "user" + id + "@example.com");
    row.put("first_name", "First" + (id % 1_000));
    row.put("last_name", "Last" + (id % 997));
    row.put("ltv", BigDecimal.valueOf(id * 37 % 100_000, 2));
    row.put("active", id % 3 == 0);
    row.put("created_at", new Timestamp(1_700_000_000_000L + id * 1_000));
    row.put("country", id % 2 == 0 ? "FR" : "US");
    row.put("plan", "pro");
    row.put("score", (id % 100) / 7.0);
    return row;
  }

  private static HttpServer sink(AtomicLong received, ExecutorService threads) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          long bytes = 0;
          byte[] buffer = new byte[64 * 1024];
          try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
              bytes += read;
            }
          }
          received.addAndGet(bytes);
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return server;
  }
}
