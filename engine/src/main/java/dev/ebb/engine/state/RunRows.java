package dev.ebb.engine.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** How runs and checkpoints map to rows. */
final class RunRows {

  static final String COUNT_COLUMNS =
      "planned, added, changed, removed, sent, succeeded, failed, dead_lettered, skipped";

  static final String RUN_COLUMNS =
      "r.id, r.sync, r.status, r.run_trigger, r.full_refresh, r.git_commit, r.mapping_fingerprint,"
          + " r.diff_table, r.queued_at, r.planning_at, r.delivering_at, r.committing_at,"
          + " r.finished_at, r.planned, r.added, r.changed, r.removed, r.sent, r.succeeded,"
          + " r.failed, r.dead_lettered, r.skipped, r.error, lease.holder AS lease_worker, lease.expires_at AS lease_expires_at";

  /** The column stamped when a run enters a status. */
  private static final Map<RunStatus, String> STAMP =
      Map.of(
          RunStatus.PLANNING, "planning_at",
          RunStatus.DELIVERING, "delivering_at",
          RunStatus.COMMITTING, "committing_at",
          RunStatus.SUCCEEDED, "finished_at",
          RunStatus.FAILED, "finished_at",
          RunStatus.CANCELLED, "finished_at");

  private RunRows() {}

  static String stampColumn(RunStatus status) {
    return STAMP.get(status);
  }

  static Run run(ResultSet row) throws SQLException {
    return new Run(
        row.getString("id"),
        row.getString("sync"),
        RunStatus.fromCode(row.getString("status")),
        RunTrigger.fromCode(row.getString("run_trigger")),
        row.getBoolean("full_refresh"),
        row.getString("git_commit"),
        row.getString("mapping_fingerprint"),
        row.getString("diff_table"),
        Jdbc.instant(row, "queued_at"),
        Jdbc.instant(row, "planning_at"),
        Jdbc.instant(row, "delivering_at"),
        Jdbc.instant(row, "committing_at"),
        Jdbc.instant(row, "finished_at"),
        counts(row),
        row.getString("error"),
        row.getString("lease_worker"),
        Jdbc.instant(row, "lease_expires_at"));
  }

  static RunCounts counts(ResultSet row) throws SQLException {
    return new RunCounts(
        row.getLong("planned"),
        row.getLong("added"),
        row.getLong("changed"),
        row.getLong("removed"),
        row.getLong("sent"),
        row.getLong("succeeded"),
        row.getLong("failed"),
        row.getLong("dead_lettered"),
        row.getLong("skipped"));
  }

  static Checkpoint checkpoint(ResultSet row) throws SQLException {
    return new Checkpoint(
        row.getString("run_id"), row.getLong("sequence"), counts(row), Jdbc.instant(row, "at"));
  }

  static Object[] countValues(RunCounts c) {
    return new Object[] {
      c.planned(), c.added(), c.changed(), c.removed(), c.sent(), c.succeeded(), c.failed(),
      c.deadLettered(), c.skipped()
    };
  }

  static Object[] concat(Object[] first, Object... rest) {
    Object[] all = new Object[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
