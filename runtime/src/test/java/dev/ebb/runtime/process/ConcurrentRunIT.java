package dev.ebb.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.engine.warehouse.TestingPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes that run one sync at the same time, as two cron entries or {@code ebb run} beside
 * {@code ebb serve} do: the second claimant never delivers. It exits 1 naming the holder, or with
 * {@code --wait} runs once the first is done, with nothing left to send. Every change reaches the
 * sink once: no duplicate, nothing lost. On a SQLite and on a PostgreSQL state store.
 */
class ConcurrentRunIT {

  private static final int ROWS = 6_000;
  private static final String TOKEN = "concurrent-run-it-token-0123456789abcdef";

  @TempDir Path root;

  private final List<String> schemas = new ArrayList<>();
  private final List<Process> children = new ArrayList<>();
  /** Changes of the model delivered so far: each generation changes every row once. */
  private int generations;

  @AfterEach
  void cleanUp() throws SQLException {
    children.forEach(Process::destroyForcibly);
    for (String schema : schemas) {
      TestingPostgres.dropSchema(schema);
    }
  }

  @Test
  void onSqliteStateTheSecondRunIsRefusedStartedTogetherOrLater() throws Exception {
    try (LedgerSink sink = new LedgerSink()) {
      BigSyncProject project = new BigSyncProject(root, sink.url(), ROWS);

      startedTogether(project, sink, "together");
      nextGeneration(project);
      staggered(project, sink, "staggered");
    }
  }

  @Test
  void onPostgresStateTheSecondRunIsRefusedOrWaits() throws Exception {
    TestingPostgres.assumeAvailable();
    try (LedgerSink sink = new LedgerSink()) {
      BigSyncProject project = BigSyncProject.onPostgres(root, sink.url(), ROWS, schema());
      project.environment().putAll(postgresState(schema()));

      startedTogether(project, sink, "together");
      nextGeneration(project);
      staggered(project, sink, "staggered");
      nextGeneration(project);
      waiting(project, sink, "waiting");
    }
  }

  @Test
  void onSqliteStateWaitingRunsOnceTheHolderIsDone() throws Exception {
    TestingPostgres.assumeAvailable();
    try (LedgerSink sink = new LedgerSink()) {
      // A shared warehouse: a DuckDB file admits one process at a time whatever ebb does.
      BigSyncProject project = BigSyncProject.onPostgres(root, sink.url(), ROWS, schema());

      waiting(project, sink, "waiting");
    }
  }

  @Test
  void runBesideServeNeverDeliversTwice() throws Exception {
    TestingPostgres.assumeAvailable();
    try (LedgerSink sink = new LedgerSink()) {
      BigSyncProject project = BigSyncProject.onPostgres(root, sink.url(), ROWS, schema());
      project.environment().put("EBB_UI_TOKEN", TOKEN);
      int port = freePort();
      Process serve = child(project.start("serve", "serve", "--workers", "1", "--port", Integer.toString(port)));
      awaitThat("serve is up: " + project.log("serve"), 60, () -> project.log("serve").contains("ebb serve: http"));

      // serve's worker holds the sync: ebb run refuses, naming the worker.
      sink.hold();
      assertThat(trigger(port)).contains("\"outcome\":\"queued\"");
      awaitDelivering(project);
      Process refused = child(project.start("run-refused", "run"));
      assertThat(BigSyncProject.await(refused, 60)).as(project.log("run-refused")).isEqualTo(1);
      assertThat(project.log("run-refused"))
          .contains("sync big_sync is being run by worker-", "(host ", ", pid " + serve.pid() + ")", "nothing was sent");
      sink.release();
      awaitThat("serve's run succeeds", 60, () -> "succeeded".equals(project.latestRunStatus()));
      generations++;
      assertDeliveredOnce(project, sink);

      // ebb run holds the sync: serve coalesces a trigger into it and its worker leaves it alone.
      nextGeneration(project);
      sink.hold();
      Process run = child(project.start("run", "run"));
      awaitDelivering(project);
      assertThat(trigger(port)).contains("\"outcome\":\"coalesced\"");
      sink.release();
      assertThat(BigSyncProject.await(run, 120)).as(project.log("run")).isZero();
      generations++;
      long delivered = sink.records();
      assertThat(trigger(port)).contains("\"outcome\":\"queued\"");
      awaitThat("serve's next run succeeds", 60, () -> "succeeded".equals(project.latestRunStatus()));
      assertThat(project.stateValue("SELECT sent FROM runs ORDER BY queued_at DESC, id DESC LIMIT 1")).isEqualTo("0");
      assertThat(sink.records()).isEqualTo(delivered);
      assertDeliveredOnce(project, sink);

      serve.destroy();
      assertThat(BigSyncProject.await(serve, 60)).as("serve's exit code after SIGTERM").isZero();
    }
  }

  /**
   * Two {@code ebb run} started at once: one delivers everything, the other exits 1 naming it. The
   * sink answers nothing until one has exited, so that the first cannot be done before the second
   * starts, however slowly the machine starts them.
   */
  private void startedTogether(BigSyncProject project, LedgerSink sink, String name) throws Exception {
    sink.hold();
    Process first = child(project.start(name + "-1", "run"));
    Process second = child(project.start(name + "-2", "run"));
    awaitThat("one of them ends", 120, () -> !first.isAlive() || !second.isAlive());
    sink.release();
    int firstExit = BigSyncProject.await(first, 120);
    int secondExit = BigSyncProject.await(second, 120);

    assertThat(List.of(firstExit, secondExit)).as(project.log(name + "-1") + project.log(name + "-2"))
        .containsExactlyInAnyOrder(0, 1);
    Process winner = firstExit == 0 ? first : second;
    String loserLog = project.log(name + (firstExit == 0 ? "-2" : "-1"));
    assertRefused(loserLog, winner);
    generations++;
    assertDeliveredOnce(project, sink);
  }

  /** A second {@code ebb run} while the first delivers: it exits 1 at once, the first goes on. */
  private void staggered(BigSyncProject project, LedgerSink sink, String name) throws Exception {
    sink.hold();
    Process first = child(project.start(name + "-1", "run"));
    awaitDelivering(project);
    Process second = child(project.start(name + "-2", "run"));

    assertThat(BigSyncProject.await(second, 60)).as(project.log(name + "-2")).isEqualTo(1);
    assertThat(first.isAlive()).as("the first run was still delivering").isTrue();
    assertRefused(project.log(name + "-2"), first);
    sink.release();
    assertThat(BigSyncProject.await(first, 120)).as(project.log(name + "-1")).isZero();
    generations++;
    assertDeliveredOnce(project, sink);
  }

  /** {@code ebb run --wait} while another delivers: it waits, then runs with nothing left to send. */
  private void waiting(BigSyncProject project, LedgerSink sink, String name) throws Exception {
    sink.hold();
    Process first = child(project.start(name + "-1", "run"));
    awaitDelivering(project);
    Process second = child(project.start(name + "-2", "run", "--wait", "--wait-timeout", "2m"));
    awaitThat("the second run waits", 60, () -> project.log(name + "-2").contains("waiting: being run by ebb run "));
    assertThat(first.isAlive()).isTrue();
    sink.release();

    assertThat(BigSyncProject.await(first, 120)).as(project.log(name + "-1")).isZero();
    long delivered = sink.records();
    assertThat(BigSyncProject.await(second, 60)).as(project.log(name + "-2")).isZero();
    assertThat(project.log(name + "-2")).contains("-> 0 to send").doesNotContain("busy");
    assertThat(sink.records()).as("the waiting run sent nothing").isEqualTo(delivered);
    generations++;
    assertDeliveredOnce(project, sink);
  }

  private static void awaitDelivering(BigSyncProject project) throws InterruptedException {
    awaitThat("a run delivers", 60, () -> "delivering".equals(project.latestRunStatus()));
  }

  private static void assertRefused(String log, Process holder) {
    assertThat(log).contains(
        "sync big_sync is being run by ebb run ", "(host ", ", pid " + holder.pid() + ") since ", "; nothing was sent",
        "busy");
    assertThat(log).doesNotContain("planned:");
  }

  /** Every generation of every row arrived, each under one idempotency key, and none twice. */
  private void assertDeliveredOnce(BigSyncProject project, LedgerSink sink) throws SQLException {
    assertThat(sink.duplicates()).as("records sent twice").isZero();
    assertThat(sink.deliveries()).isEqualTo(generations * ROWS);
    assertThat(sink.records()).isEqualTo((long) generations * ROWS);
    assertThat(sink.latest()).isEqualTo(project.model());
  }

  private static void nextGeneration(BigSyncProject project) throws SQLException {
    project.sql("UPDATE " + project.table() + " SET amount = amount + 1");
  }

  private Process child(Process process) {
    children.add(process);
    return process;
  }

  private String schema() throws SQLException {
    if (schemas.isEmpty()) {
      schemas.add(TestingPostgres.createSchema());
    }
    return schemas.get(0);
  }

  /** The state store in its own PostgreSQL schema (created by the first child that opens it). */
  private java.util.Map<String, String> postgresState(String warehouseSchema) {
    String state = warehouseSchema + "_state";
    schemas.add(state);
    return java.util.Map.of("EBB_STATE_URL", TestingPostgres.URL, "EBB_STATE_USER", TestingPostgres.USER,
        "EBB_STATE_PASSWORD", "", "EBB_STATE_SCHEMA", state);
  }

  private static String trigger(int port) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/syncs/big_sync/trigger"))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void awaitThat(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(20);
    }
  }
}
