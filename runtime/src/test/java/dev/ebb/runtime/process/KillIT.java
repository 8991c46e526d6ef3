package dev.ebb.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ebb run} killed with SIGKILL at random points (planning, while sending, right after a batch
 * is acknowledged, while committing) and restarted each time (with {@code --wait}, which takes the
 * sync over once the killed run's short lease lapsed): no key is lost, the sink ends equal
 * to the model, re-sent records carry their first idempotency key, and each kill costs at most
 * the engine's in-flight window of re-sent records.
 */
class KillIT {

  private static final int ROWS = 200_000;
  private static final int BATCH = 1_000;
  private static final int LANES = 2;
  /**
   * Records read ahead of the durable checkpoint at most: the settlement window (2 batches per
   * lane), whose slots are released only once checkpointed.
   */
  private static final int IN_FLIGHT = 2 * LANES * BATCH;

  @TempDir Path root;

  private final List<String> kills = new ArrayList<>();
  /** Per child, the records it re-sent (the previous kill's in-flight batches). */
  private final List<Long> resent = new ArrayList<>();

  @Test
  void killedRunsResumeWithoutLosingAKey() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    try (LedgerSink sink = new LedgerSink()) {
      BigSyncProject project = new BigSyncProject(root, sink.url(), ROWS);
      // A killed run keeps its sync's claim until the lease lapses: each restart waits that long.
      project.environment().put("EBB_LEASE", "2s");
      String context;

      killWhen(project, sink, "planning", () -> "planning".equals(project.latestRunStatus()), -1);
      for (int i = 0; i < 4; i++) {
        long records = sink.records() + (5 + random.nextInt(20)) * BATCH + random.nextInt(BATCH);
        killWhen(project, sink, "sending", () -> sink.records() >= records, -1);
        long acknowledged = sink.acknowledged() + 5 + random.nextInt(20);
        killWhen(project, sink, "acknowledged", () -> sink.acknowledged() >= acknowledged, -1);
      }
      boolean caughtCommitting = killWhen(project, sink, "committing", () -> "committing".equals(project.latestRunStatus()), -1);

      // A second generation of changes, delivered under kills as well.
      project.sql("UPDATE analytics.big SET amount = amount + 7, name = name || ' v2' WHERE id % 5 = 0");
      long records = sink.records() + (3 + random.nextInt(10)) * BATCH;
      killWhen(project, sink, "sending", () -> sink.records() >= records, -1);
      long acknowledged = sink.acknowledged() + 3 + random.nextInt(10);
      killWhen(project, sink, "acknowledged", () -> sink.acknowledged() >= acknowledged, -1);
      caughtCommitting |= killWhen(project, sink, "committing", () -> "committing".equals(project.latestRunStatus()), -1);

      long duplicatesBefore = sink.duplicates();
      Process last = project.startWaiting();
      assertThat(BigSyncProject.await(last, 120)).as(project.log()).isZero();
      resent.add(sink.duplicates() - duplicatesBefore);
      long delivered = sink.records();
      Process again = project.startWaiting();
      assertThat(BigSyncProject.await(again, 60)).as(project.log()).isZero();
      assertThat(sink.records()).as("a run after completion sends nothing").isEqualTo(delivered);

      context = "seed " + seed + ", kills " + kills + ", re-sent per restart " + resent;
      System.out.println("KillIT: " + context);
      assertThat(kills.stream().filter(k -> !k.contains("finished first"))).as(context).hasSizeGreaterThanOrEqualTo(10);
      assertThat(resent).as(context).allMatch(n -> n <= IN_FLIGHT);
      Map<String, String> model = project.model();
      assertThat(sink.latest()).as(context).hasSize(ROWS);
      assertThat(sink.latest()).as(context).isEqualTo(model);
      // Every change went out under one idempotency key, however often it was re-sent.
      assertThat(sink.deliveries()).as(context).isEqualTo(ROWS + ROWS / 5);
      assertThat(sink.records() - sink.duplicates()).as(context).isEqualTo(ROWS + ROWS / 5);
      assertThat(caughtCommitting).as("a kill landed while committing: " + context).isTrue();
    }
  }

  /**
   * Starts {@code ebb run}, kills it with SIGKILL once {@code when} holds (or after
   * {@code delayMillis}), and checks the re-sent records the kill caused on the next start.
   *
   * @return whether the run was still in the state the kill aimed at
   */
  private boolean killWhen(BigSyncProject project, LedgerSink sink, String point, BooleanSupplier when, long delayMillis)
      throws Exception {
    long duplicatesBefore = sink.duplicates();
    long started = System.nanoTime();
    Process child = project.startWaiting();
    long deadline = System.nanoTime() + (delayMillis >= 0 ? delayMillis * 1_000_000 : 60_000_000_000L);
    while (child.isAlive() && System.nanoTime() < deadline && !when.getAsBoolean()) {
      Thread.sleep(1);
    }
    boolean killed = child.isAlive();
    child.destroyForcibly().waitFor();
    String status = project.latestRunStatus();
    kills.add(point + (killed ? "@" + status : "(finished first)") + " after " + sink.records() + " records, "
        + (System.nanoTime() - started) / 1_000_000 + " ms");
    // What the previous kill left in flight is re-sent by this child.
    resent.add(sink.duplicates() - duplicatesBefore);
    return killed && point.equals(status);
  }
}
