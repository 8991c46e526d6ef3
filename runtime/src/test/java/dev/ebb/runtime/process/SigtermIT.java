package dev.ebb.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ebb run} receiving SIGTERM mid-delivery checkpoints what settled and exits 143 (it
 * interrupted work) within 30 s;
 * the next run resumes it, losing nothing and re-sending at most one batch per lane.
 */
class SigtermIT {

  private static final int ROWS = 60_000;
  private static final int BATCH = 1_000;
  private static final int LANES = 2;

  @TempDir Path root;

  @Test
  void sigtermCheckpointsExits143AndTheNextRunResumes() throws Exception {
    try (LedgerSink sink = new LedgerSink()) {
      BigSyncProject project = new BigSyncProject(root, sink.url(), ROWS);
      sink.stall(20);
      Process child = project.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (child.isAlive() && sink.records() < 10 * BATCH && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(child.isAlive()).as("still delivering when signalled: " + project.log()).isTrue();

      long signalled = System.nanoTime();
      child.destroy();
      int exit = BigSyncProject.await(child, 30);

      assertThat(exit).as(project.log()).isEqualTo(143);
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - signalled)).isLessThan(30);
      assertThat(project.log()).contains("stopped: in-flight batches were checkpointed");
      assertThat(project.latestRunStatus()).isEqualTo("delivering");
      long beforeResume = sink.records();
      assertThat(beforeResume).isLessThan(ROWS);

      sink.stall(0);
      Process resumed = project.start();
      assertThat(BigSyncProject.await(resumed, 120)).as(project.log()).isZero();

      assertThat(project.latestRunStatus()).isEqualTo("succeeded");
      assertThat(sink.latest()).isEqualTo(project.model());
      assertThat(sink.deliveries()).isEqualTo(ROWS);
      // What was read before the signal is delivered and checkpointed before the exit: nothing twice.
      assertThat(sink.duplicates()).as("re-sent after SIGTERM").isZero();
    }
  }
}
