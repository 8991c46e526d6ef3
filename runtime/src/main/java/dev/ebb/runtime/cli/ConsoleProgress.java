package dev.ebb.runtime.cli;

import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.SyncClaim;
import dev.ebb.engine.run.RunProgress;
import dev.ebb.engine.run.RunReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One line per sync event on the terminal; delivery progress at most every two seconds per sync. */
final class ConsoleProgress implements RunProgress {

  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter out;
  private final Map<String, Long> lastPrinted = new ConcurrentHashMap<>();

  ConsoleProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void waiting(String sync, SyncClaim holder) {
    out.printf(Locale.ROOT, "%-28s waiting: being run by %s%n", sync, holder.describeHolder());
    out.flush();
  }

  @Override
  public synchronized void planned(String sync, String runId, RunCounts counts, String note) {
    out.printf(Locale.ROOT, "%-28s planned: %d added, %d changed, %d removed -> %d to send%s%n",
        sync, counts.added(), counts.changed(), counts.removed(), counts.planned(), note == null ? "" : " (" + note + ")");
    out.flush();
  }

  @Override
  public synchronized void delivered(String sync, String runId, RunCounts counts) {
    long now = System.nanoTime();
    Long last = lastPrinted.get(sync);
    if (last != null && now - last < INTERVAL_NANOS) {
      return;
    }
    lastPrinted.put(sync, now);
    out.printf(Locale.ROOT, "%-28s delivering: %d of %d sent%n", sync, counts.sent(), counts.planned());
    out.flush();
  }

  @Override
  public synchronized void finished(RunReport report) {
    out.printf(Locale.ROOT, "%-28s %s: %s%n", report.sync(), report.outcome().label(), report.message());
    if (report.hint() != null) {
      out.println("  hint: " + report.hint());
    }
    out.flush();
  }
}
