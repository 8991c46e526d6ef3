package dev.ebb.runtime.cli;

import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.run.RunReport;
import java.util.List;
import java.util.Locale;

/** The table {@code ebb run} ends with: one row per sync. */
final class SummaryTable {

  private static final String[] HEADERS = {
    "sync", "status", "planned", "added", "changed", "removed", "sent", "skipped", "failed", "dead", "duration"
  };

  private SummaryTable() {}

  static String render(List<RunReport> reports) {
    if (reports.isEmpty()) {
      return "nothing selected to run\n";
    }
    String[][] rows = new String[reports.size()][];
    for (int i = 0; i < reports.size(); i++) {
      RunReport r = reports.get(i);
      RunCounts c = r.counts();
      rows[i] = new String[] {
        r.sync(), r.outcome().label(), n(c.planned()), n(c.added()), n(c.changed()),
        n(c.removed()), n(c.sent()), n(c.skipped()), n(c.failed()), n(c.deadLettered()),
        String.format(Locale.ROOT, "%.1fs", r.duration().toMillis() / 1000.0)
      };
    }
    int[] widths = new int[HEADERS.length];
    for (int col = 0; col < HEADERS.length; col++) {
      widths[col] = HEADERS[col].length();
      for (String[] row : rows) {
        widths[col] = Math.max(widths[col], row[col].length());
      }
    }
    StringBuilder out = new StringBuilder("\n");
    line(out, HEADERS, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
    long failed = reports.stream().filter(r -> r.outcome().isFailure()).count();
    out.append(String.format(Locale.ROOT, "%n%d syncs, %d succeeded, %d failed%n", reports.size(),
        reports.stream().filter(r -> r.outcome() == RunReport.Outcome.SUCCEEDED).count(), failed));
    for (RunReport r : reports) {
      // A succeeded run may still have left records behind: say where they are and what to do.
      if (r.outcome() == RunReport.Outcome.SUCCEEDED && r.runId().isPresent() && r.counts().deadLettered() + r.counts().failed() > 0) {
        out.append(String.format(Locale.ROOT,
            "%s: %d dead-lettered, %d left for the next run: see `ebb runs show %s`; after fixing them, `ebb retry %s`%n",
            r.sync(), r.counts().deadLettered(), r.counts().failed(), r.runId().get(), r.runId().get()));
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    for (int col = 0; col < cells.length; col++) {
      boolean text = col < 2;
      String cell = cells[col];
      String padded = text ? String.format("%-" + widths[col] + "s", cell) : String.format("%" + widths[col] + "s", cell);
      out.append(col == 0 ? "" : "  ").append(padded);
    }
    out.append('\n');
  }

  private static String n(long value) {
    return Long.toString(value);
  }
}
