package dev.ebb.bench;

import com.sun.net.httpserver.HttpServer;
import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.Leases;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.run.RunOptions;
import dev.ebb.engine.run.RunProgress;
import dev.ebb.engine.run.RunReport;
import dev.ebb.engine.run.SyncRunner;
import dev.ebb.engine.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The real path of {@code ebb run}: a generated project with a DuckDB model of 10 columns, a sync
 * in mode upsert to a loopback batch webhook (1,000 records per request), run by {@link
 * SyncRunner} through a {@link Workspace} as the CLI does.
 *
 * <ul>
 *   <li>(a) every row sent (full refresh), record log off and on, against the raw cost measured in
 *       the same run: streaming the model's rows over JDBC from DuckDB while posting pre-serialized
 *       1,000-record batches with the same HttpClient and concurrency. Targets: ≥ 10M records/min,
 *       ≤ 1.5× raw, run with {@code -Xmx256m}.
 *   <li>(b) a second run after 1% changed, 0.1% added, 0.1% removed: plan + deliver + commit end
 *       to end against the bare FULL OUTER JOIN diff query alone. Target ≤ 1.5×.
 * </ul>
 *
 * <p>Usage: {@code BENCH_JAVA_OPTS=-Xmx256m bench/run.sh RunBench [rowsA] [rowsB]} (defaults
 * 1,000,000 and 10,000,000; 0 skips a part). (a) runs each measurement 3 times, (b) 5 times after
 * 3 warm-up rounds; medians are printed, and each measurement's JIT compilation time.
 */
public final class RunBench {

  private static final int REPEATS = 3;
  /**
   * (b) measures a JVM that runs syncs repeatedly, as {@code ebb serve} does: after the first full
   * runs, the JIT compiler still spends 0.2-0.5 s of CPU per run for several runs (delivering 110k
   * records exercises the HTTP client and the lanes far less than a full send), on the same two
   * cores DuckDB uses; the raw query runs in DuckDB's native code and needs no warming.
   */
  private static final int WARM_UP_ROUNDS_B = 3;
  private static final int REPEATS_B = 5;
  private static final int BATCH = 1_000;
  private static final int CONCURRENCY = 4;
  private static final String COLUMNS =
      "id, email, first_name, last_name, ltv, active, created_at, country, plan, score";
  private static final String HASH =
      "hash(email, first_name, last_name, ltv, active, created_at, country, plan, score)";

  private final Path root;
  private final String url;

  private RunBench(Path root, String url) {
    this.root = root;
    this.url = url;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    long rowsA = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long rowsB = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    ExecutorService sinkThreads = Executors.newFixedThreadPool(CONCURRENCY);
    HttpServer sink = sink(sinkThreads);
    try {
      String url = "http://127.0.0.1:" + sink.getAddress().getPort() + "/batch";
      if (rowsA > 0) {
        new RunBench(Files.createTempDirectory("ebb-run-bench-a"), url).partA(rowsA);
      }
      if (rowsB > 0) {
        new RunBench(Files.createTempDirectory("ebb-run-bench-b"), url).partB(rowsB);
      }
    } finally {
      sink.stop(0);
      sinkThreads.shutdownNow();
    }
  }

  private void partA(long rows) throws Exception {
    createProject(rows);
    Compilation compilation = compile();
    try (Workspace workspace = Workspace.open(root, compilation, null, Map.of(), Clock.systemUTC())) {
      Sync sync = compilation.project().sync("contacts_to_sink").orElseThrow();
      run(workspace, sync, RunOptions.DEFAULTS.withRecordLog(false)); // warm-up: the first full send
      List<Measure> raw = new ArrayList<>();
      List<Measure> off = new ArrayList<>();
      List<Measure> on = new ArrayList<>();
      for (int i = 0; i < REPEATS; i++) {
        raw.add(measure(() -> {
          raw(workspace);
          return Phases.NONE;
        }));
        off.add(measure(() -> run(workspace, sync, RunOptions.DEFAULTS.withFullRefresh(true).withRecordLog(false))));
        on.add(measure(() -> run(workspace, sync, RunOptions.DEFAULTS.withFullRefresh(true).withRecordLog(true))));
      }
      Measure r = Measure.median(raw);
      Measure a = Measure.median(off);
      Measure b = Measure.median(on);
      System.out.printf(
          "RunBench (a) rows=%d | raw (JDBC stream + pre-serialized posts): %.2f s, %.1fM/min, heap %d MB"
              + " | ebb run --no-record-log: %.2f s, %.1fM/min, heap %d MB, ratio %.2f"
              + " | ebb run (record log): %.2f s, %.1fM/min, heap %d MB, ratio %.2f"
              + " (targets >= 10M/min, <= 1.5x raw)%n"
              + "  phases, no record log: %s, delivery phase / raw %.2f | with record log: %s,"
              + " delivery phase / raw %.2f%n"
              + "  CPU (this JVM, sink included): raw %.2f s, no record log %.2f s (%.2fx), record log %.2f s (%.2fx)%n",
          rows, r.seconds, perMinute(rows, r), r.heapMb, a.seconds, perMinute(rows, a), a.heapMb,
          a.seconds / r.seconds, b.seconds, perMinute(rows, b), b.heapMb, b.seconds / r.seconds,
          a.phases, a.phases.deliver / r.seconds, b.phases, b.phases.deliver / r.seconds,
          r.cpuSeconds, a.cpuSeconds, a.cpuSeconds / r.cpuSeconds, b.cpuSeconds, b.cpuSeconds / r.cpuSeconds);
    }
  }

  private void partB(long rows) throws Exception {
    createProject(rows);
    Compilation compilation = compile();
    List<Measure> raw = new ArrayList<>();
    List<Measure> ebb = new ArrayList<>();
    List<Measure> ebbFile = new ArrayList<>();
    try (Workspace workspace = Workspace.open(root, compilation, null, Map.of(), Clock.systemUTC())) {
      Sync sync = compilation.project().sync("contacts_to_sink").orElseThrow();
      Sync toFile = compilation.project().sync("contacts_to_file").orElseThrow();
      RunOptions options = RunOptions.DEFAULTS.withRecordLog(false).withConfirm(true);
      // The first full runs establish the snapshots.
      run(workspace, sync, options);
      run(workspace, toFile, options);
      deleteWrittenFiles();
      for (int i = 0; i < WARM_UP_ROUNDS_B + REPEATS_B; i++) {
        long round = i;
        boolean warmUp = i < WARM_UP_ROUNDS_B;
        if (i == 0 || i == WARM_UP_ROUNDS_B) {
          System.out.println(warmUp ? "  warm-up rounds, not counted:" : "  measured rounds:");
        }
        warehouse(workspace, s -> {
          s.execute("CREATE OR REPLACE TABLE raw.bench_snapshot AS SELECT id, " + HASH + " AS h FROM raw.contacts");
          churn(s, rows, round);
        });
        List<Measure> rawRound = warmUp ? new ArrayList<>() : raw;
        List<Measure> ebbRound = warmUp ? new ArrayList<>() : ebb;
        List<Measure> fileRound = warmUp ? new ArrayList<>() : ebbFile;
        rawRound.add(measure(() -> {
          warehouse(workspace, s -> s.execute(
              "CREATE OR REPLACE TABLE raw.bench_diff AS SELECT COALESCE(c.id, s.id) AS id, c.h,"
                  + " CASE WHEN s.id IS NULL THEN 'added' WHEN c.id IS NULL THEN 'removed' ELSE 'changed' END AS op"
                  + " FROM (SELECT id, " + HASH + " AS h FROM raw.contacts) AS c"
                  + " FULL OUTER JOIN raw.bench_snapshot AS s ON c.id = s.id"
                  + " WHERE c.id IS NULL OR s.id IS NULL OR c.h <> s.h"));
          return Phases.NONE;
        }));
        ebbRound.add(measure(() -> run(workspace, sync, options)));
        fileRound.add(measure(() -> run(workspace, toFile, options)));
        deleteWrittenFiles();
      }
    }
    Measure r = Measure.median(raw);
    Measure e = Measure.median(ebb);
    Measure f = Measure.median(ebbFile);
    System.out.printf(
        "RunBench (b) rows=%d, 1.2%% churn | raw FULL OUTER JOIN diff: %.2f s | ebb run (plan + deliver + commit)"
            + " to the webhook: %.2f s, heap %d MB, ratio %.2f | to a JSON Lines file: %.2f s, ratio %.2f (target <= 1.5)%n"
            + "  phases, webhook: %s%n  phases, file: %s%n",
        rows, r.seconds, e.seconds, e.heapMb, e.seconds / r.seconds, f.seconds, f.seconds / r.seconds, e.phases, f.phases);
  }

  /** The file destination writes a file per run; only its time matters here, not the disk it fills. */
  private void deleteWrittenFiles() throws IOException {
    Path out = root.resolve("out");
    if (Files.exists(out)) {
      try (var paths = Files.walk(out)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** Round {@code round}'s changes: 1% changed, 0.1% added, 0.1% removed, each round other rows. */
  private static void churn(Statement s, long rows, long round) throws SQLException {
    s.execute("UPDATE raw.contacts SET score = score + 1 WHERE id % 100 = " + (round + 10));
    long from = rows + round * (rows / 1000);
    s.execute("INSERT INTO raw.contacts SELECT " + rowExpressions() + " FROM range(" + from + ", " + (from + rows / 1000) + ") t(i)");
    s.execute("DELETE FROM raw.contacts WHERE id % 1000 = " + (round + 500));
  }

  /** Runs the sync; returns its phases as the state store timed them (plan, deliver, commit). */
  private static Phases run(Workspace workspace, Sync sync, RunOptions options) {
    long cpuStart = processCpuNanos();
    long[] cpuPlanned = {cpuStart};
    RunProgress progress = new RunProgress() {
      @Override
      public void planned(String syncName, String runId, RunCounts counts, String note) {
        cpuPlanned[0] = processCpuNanos();
      }
    };
    RunReport report;
    try (Leases leases = new Leases(workspace.state(), ClaimHolder.command("bench"), Leases.DEFAULT_TIME);
        Lease lease = leases.acquire(sync.name(), Duration.ZERO, holder -> {}, () -> {})) {
      report = new SyncRunner(workspace, options, progress).run(sync, RunTrigger.MANUAL, lease);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    long cpuEnd = processCpuNanos();
    if (report.outcome() != RunReport.Outcome.SUCCEEDED) {
      throw new IllegalStateException("the run did not succeed: " + report);
    }
    Run run = workspace.state().run(report.runId().orElseThrow().value()).orElseThrow();
    Instant delivering = run.deliveringAt() != null ? run.deliveringAt() : run.committingAt();
    return new Phases(
        seconds(run.planningAt(), delivering), seconds(delivering, run.committingAt()),
        seconds(run.committingAt(), run.finishedAt()), (cpuPlanned[0] - cpuStart) / 1e9, (cpuEnd - cpuPlanned[0]) / 1e9);
  }

  /** CPU time of this whole JVM (DuckDB's native threads and the loopback sink included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1e3;
  }

  /**
   * Seconds spent planning (diff materialised), delivering and committing (snapshot advanced), and
   * the CPU seconds of planning and of the rest (delivery and commit).
   */
  private record Phases(double plan, double deliver, double commit, double planCpu, double restCpu) {
    static final Phases NONE = new Phases(0, 0, 0, 0, 0);

    @Override
    public String toString() {
      return String.format("plan %.2f s, deliver %.2f s, commit %.2f s; CPU plan %.2f s, deliver + commit %.2f s",
          plan, deliver, commit, planCpu, restCpu);
    }
  }

  /** Streams the model's rows over JDBC while posting a pre-serialized batch per 1,000 rows. */
  private void raw(Workspace workspace) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    byte[] body = preSerializedBatch();
    BlockingQueue<Boolean> batches = new ArrayBlockingQueue<>(2 * CONCURRENCY);
    ExecutorService posters = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<?>> lanes = new ArrayList<>();
    for (int i = 0; i < CONCURRENCY; i++) {
      lanes.add(posters.submit(() -> {
        while (batches.take()) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
          HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            throw new IllegalStateException("sink answered " + response.statusCode());
          }
        }
        return null;
      }));
    }
    try (Connection connection = workspace.warehouse().connection();
        Statement statement = connection.createStatement()) {
      statement.setFetchSize(10_000);
      try (ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM raw.contacts ORDER BY id")) {
        int width = rows.getMetaData().getColumnCount();
        long read = 0;
        while (rows.next()) {
          for (int c = 1; c <= width; c++) {
            rows.getObject(c);
          }
          if (++read % BATCH == 0) {
            batches.put(true);
          }
        }
      }
    } finally {
      for (int i = 0; i < CONCURRENCY; i++) {
        batches.put(false);
      }
      for (Future<?> lane : lanes) {
        lane.get();
      }
      posters.shutdown();
    }
  }

  /** A body of the size ebb sends: 1,000 envelopes of 10 mapped fields. */
  private static byte[] preSerializedBatch() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < BATCH; i++) {
      json.append(i == 0 ? "" : ",").append("{\"op\":\"upsert\",\"key\":\"").append(i)
          .append("\",\"object\":\"contacts\",\"match\":").append(i).append(",\"record\":{\"id\":").append(i)
          .append(",\"email\":\"user").append(i).append("@example.com\",\"first_name\":\"First").append(i % 1000)
          .append("\",\"last_name\":\"Last").append(i % 997).append("\",\"ltv\":").append(i * 37 % 100_000 / 100.0)
          .append(",\"active\":true,\"created_at\":\"2023-11-14T22:13:20Z\",\"country\":\"FR\",\"plan\":\"pro\",\"score\":")
          .append(i % 100 / 7.0).append("},\"idempotency_key\":\"0123456789abcdef0123456789abcdef\"}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  private interface Sql {
    void run(Statement statement) throws SQLException;
  }

  private static void warehouse(Workspace workspace, Sql sql) throws SQLException {
    try (Connection connection = workspace.warehouse().connection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      sql.run(statement);
    }
  }

  private Compilation compile() {
    Compilation compilation =
        new Compiler(CalciteModelAnalyzer.create(), DestinationTypes.load()).compile(new DirectoryProjectSource(root));
    if (compilation.hasErrors()) {
      throw new IllegalStateException("generated project does not compile: " + compilation.diagnostics());
    }
    return compilation;
  }

  private static String rowExpressions() {
    return "i AS id, 'user' || i || '@example.com' AS email, 'First' || (i % 1000) AS first_name,"
        + " 'Last' || (i % 997) AS last_name, CAST((i * 37 % 100000) / 100.0 AS DECIMAL(12, 2)) AS ltv,"
        + " i % 3 = 0 AS active, TIMESTAMP '2023-11-14 22:13:20' + to_seconds(i) AS created_at,"
        + " CASE WHEN i % 2 = 0 THEN 'FR' ELSE 'US' END AS country, 'pro' AS plan, (i % 100) / 7.0 AS score";
  }

  private void createProject(long rows) throws Exception {
    write("ebb_project.yml", "name: run_bench\nprofile: bench\nsnapshot_schema: ebb_state\n");
    write("profiles.yml", "bench:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: warehouse.duckdb\n");
    write("sources.yml", """
        sources:
          - schema: raw
            tables:
              - name: contacts
                columns:
                  - {name: id, type: BIGINT}
                  - {name: email, type: VARCHAR}
                  - {name: first_name, type: VARCHAR}
                  - {name: last_name, type: VARCHAR}
                  - {name: ltv, type: "DECIMAL(12,2)"}
                  - {name: active, type: BOOLEAN}
                  - {name: created_at, type: TIMESTAMP}
                  - {name: country, type: VARCHAR}
                  - {name: plan, type: VARCHAR}
                  - {name: score, type: DOUBLE}
        """);
    write("models/contacts_out.sql", "SELECT " + COLUMNS + " FROM raw.contacts\n");
    write("models/contacts.yml", "models:\n  - name: contacts_out\n    primary_key: id\n");
    write("destinations/sink.yml", "destination: sink\ntype: webhook\nconfig:\n  url: " + url
        + "\n  batch: true\nlimits:\n  requests_per_second: 100000\n  max_concurrency: " + CONCURRENCY + "\n  batch_size: " + BATCH + "\n");
    StringBuilder mapping = new StringBuilder();
    for (String column : COLUMNS.split(", ")) {
      mapping.append("  ").append(column).append(": ").append(column).append('\n');
    }
    write("destinations/files.yml", "destination: files\ntype: file\nconfig:\n  path: out\n  format: jsonl\n");
    write("syncs/contacts_to_file.yml", "sync: contacts_to_file\nmodel: contacts_out\ndestination: files\nobject: contacts\n"
        + "mode: upsert\nmapping:\n" + mapping);
    write("syncs/contacts_to_sink.yml", "sync: contacts_to_sink\nmodel: contacts_out\ndestination: sink\nobject: contacts\n"
        + "mode: upsert\nmapping:\n" + mapping);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("warehouse.duckdb"));
        Statement s = duck.createStatement()) {
      s.execute("CREATE SCHEMA raw");
      s.execute("CREATE TABLE raw.contacts AS SELECT " + rowExpressions() + " FROM range(" + rows + ") t(i)");
    }
  }

  private void write(String file, String content) throws Exception {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
  }

  private static double perMinute(long rows, Measure m) {
    return rows / m.seconds * 60 / 1e6;
  }

  private record Measure(double seconds, double cpuSeconds, long heapMb, Phases phases) {
    static Measure median(List<Measure> measures) {
      List<Measure> sorted = new ArrayList<>(measures);
      Collections.sort(sorted, (x, y) -> Double.compare(x.seconds, y.seconds));
      return sorted.get(sorted.size() / 2);
    }
  }

  private interface Phase {
    Phases run() throws Exception;
  }

  private static Measure measure(Phase phase) throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpuStart = processCpuNanos();
    long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    ThreadCpu threadCpu = ThreadCpu.start();
    long start = System.nanoTime();
    Phases phases = phase.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart;
    System.out.printf("  %.2f s, CPU %.2f s (this JVM, sink included), JIT compiling %d ms, peak heap %d MB%s%n",
        seconds, cpu, jitMillis, peak, phases == Phases.NONE ? "" : " (" + phases + ")");
    System.out.println("    CPU by thread: " + threadCpu.stop());
    return new Measure(seconds, cpu, peak, phases);
  }

  private static HttpServer sink(ExecutorService threads) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext("/", exchange -> {
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = exchange.getRequestBody()) {
        while (in.read(buffer) > 0) {
          // drain
        }
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    return server;
  }
}
