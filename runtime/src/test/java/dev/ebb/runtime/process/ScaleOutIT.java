package dev.ebb.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.engine.warehouse.TestingPostgres;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ebb worker} processes sharing a PostgreSQL state store (and warehouse), with a short
 * lease. The one executing the run is killed (SIGKILL), or stopped (SIGSTOP) until the other took
 * the run over and then woken: the other resumes from the checkpoint within the lease, nothing is
 * lost, and no record is sent twice beyond the in-flight window; a woken worker's writes are
 * refused, so it stops without sending more.
 */
class ScaleOutIT {

  private static final int ROWS = 30_000;
  private static final int BATCH = 1_000;
  private static final int LANES = 2;
  /** Records read ahead of the durable checkpoint at most: 2 batches per lane (see KillIT). */
  private static final int IN_FLIGHT = 2 * LANES * BATCH;
  private static final long LEASE_SECONDS = 3;
  /** How often an idle worker looks for a run. */
  private static final long POLL_SECONDS = 1;

  @TempDir Path root;

  private String schema;
  private final List<Process> children = new ArrayList<>();

  @BeforeEach
  void requirePostgres() throws SQLException {
    TestingPostgres.assumeAvailable();
    schema = TestingPostgres.createSchema();
  }

  @AfterEach
  void cleanUp() throws SQLException {
    children.forEach(Process::destroyForcibly);
    TestingPostgres.dropSchema(schema);
    TestingPostgres.dropSchema(schema + "_state");
  }

  @Test
  void theOtherWorkerResumesAKilledWorkersRunWithinTheLease() throws Exception {
    try (LedgerSink sink = new LedgerSink()) {
      BigSyncProject project = project(sink);
      Workers workers = startWorkers(project);
      sink.stall(100);
      project.queueRun();
      awaitThat("a worker delivers", 60, () -> sink.records() >= 8 * BATCH);

      Process holder = workers.holder(project);
      long killed = System.nanoTime();
      holder.destroyForcibly().waitFor();
      Process other = workers.other(holder);
      awaitThat("the other worker takes the sync over", 30, () -> Long.toString(other.pid()).equals(holderPid(project)));
      long takeover = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
      sink.stall(0);
      awaitThat("the run succeeds", 120, () -> "succeeded".equals(project.latestRunStatus()));

      String context = "taken over after " + takeover + " ms, " + sink.duplicates() + " records re-sent";
      System.out.println("ScaleOutIT (SIGKILL): " + context);
      assertThat(takeover).as(context).isLessThanOrEqualTo(TimeUnit.SECONDS.toMillis(LEASE_SECONDS + POLL_SECONDS + 3));
      assertThat(sink.latest()).as(context).isEqualTo(project.model());
      assertThat(sink.deliveries()).as(context).isEqualTo(ROWS);
      assertThat(sink.duplicates()).as(context).isLessThanOrEqualTo(IN_FLIGHT);
    }
  }

  @Test
  void aStoppedWorkerWhoseLeaseLapsedIsFencedWhenItWakes() throws Exception {
    try (LedgerSink sink = new LedgerSink()) {
      BigSyncProject project = project(sink);
      Workers workers = startWorkers(project);
      sink.stall(100);
      project.queueRun();
      awaitThat("a worker delivers", 60, () -> sink.records() >= 8 * BATCH);

      Process stopped = workers.holder(project);
      Process other = workers.other(stopped);
      signal("STOP", stopped);
      awaitThat("the other worker takes the sync over", 30, () -> Long.toString(other.pid()).equals(holderPid(project)));
      long atTakeover = sink.records();
      awaitThat("the other worker delivers", 60, () -> sink.records() >= atTakeover + 4 * BATCH);
      signal("CONT", stopped);
      String name = stopped == workers.first() ? "worker-1" : "worker-2";
      awaitThat("the woken worker learns it lost the sync", 30,
          () -> project.log(name).contains("lost the claim on sync big_sync"));
      sink.stall(0);
      awaitThat("the run succeeds", 120, () -> "succeeded".equals(project.latestRunStatus()));

      String context = sink.duplicates() + " records re-sent; woken worker: " + project.log(name);
      System.out.println("ScaleOutIT (SIGSTOP): " + sink.duplicates() + " records re-sent");
      assertThat(stopped.isAlive()).as("the woken worker goes on claiming runs").isTrue();
      assertThat(sink.latest()).as(context).isEqualTo(project.model());
      assertThat(sink.deliveries()).as(context).isEqualTo(ROWS);
      assertThat(sink.duplicates()).as(context).isLessThanOrEqualTo(IN_FLIGHT);
    }
  }

  private BigSyncProject project(LedgerSink sink) throws Exception {
    BigSyncProject project = BigSyncProject.onPostgres(root, sink.url(), ROWS, schema);
    project.environment().putAll(Map.of("EBB_STATE_URL", TestingPostgres.URL, "EBB_STATE_USER", TestingPostgres.USER,
        "EBB_STATE_PASSWORD", "", "EBB_STATE_SCHEMA", schema + "_state", "EBB_LEASE", LEASE_SECONDS + "s"));
    return project;
  }

  private record Workers(Process first, Process second) {

    /** The worker whose process holds the sync's claim. */
    Process holder(BigSyncProject project) {
      String pid = holderPid(project);
      assertThat(pid).as("a worker holds the sync").isIn(Long.toString(first.pid()), Long.toString(second.pid()));
      return Long.toString(first.pid()).equals(pid) ? first : second;
    }

    Process other(Process worker) {
      return worker == first ? second : first;
    }
  }

  private Workers startWorkers(BigSyncProject project) throws Exception {
    Process first = child(project.start("worker-1", "worker", "--workers", "1"));
    Process second = child(project.start("worker-2", "worker", "--workers", "1"));
    awaitThat("both workers are up", 60,
        () -> project.log("worker-1").contains("ebb worker:") && project.log("worker-2").contains("ebb worker:"));
    return new Workers(first, second);
  }

  private static String holderPid(BigSyncProject project) {
    return project.stateValue("SELECT pid FROM sync_claims WHERE sync = 'big_sync' AND holder IS NOT NULL");
  }

  private Process child(Process process) {
    children.add(process);
    return process;
  }

  private static void signal(String signal, Process process) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
    assertThat(kill.waitFor()).isZero();
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
