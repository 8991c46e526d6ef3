package dev.ebb.engine.state;

import dev.ebb.destination.api.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Dead letters and pending keys: the tables written in batches (the per-record log: {@link RecordLog}). */
final class DeliveryLog {

  private DeliveryLog() {}

  static void deadLetter(Connection c, List<NewDeadLetter> letters, Instant now)
      throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO dead_letters (sync, record_key, op, payload, reason, run_id, first_seen,"
                + " last_seen, attempts, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 'open')"
                + " ON CONFLICT (sync, record_key) DO UPDATE SET op = excluded.op,"
                + " payload = excluded.payload, reason = excluded.reason,"
                + " run_id = excluded.run_id, last_seen = excluded.last_seen,"
                + " attempts = dead_letters.attempts + 1, status = 'open'")) {
      for (NewDeadLetter d : letters) {
        upsert.setString(1, d.sync());
        upsert.setString(2, d.key());
        upsert.setString(3, d.op().name());
        upsert.setString(4, d.payloadJson());
        upsert.setString(5, d.reason());
        upsert.setString(6, d.runId());
        upsert.setLong(7, now.toEpochMilli());
        upsert.setLong(8, now.toEpochMilli());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  static List<DeadLetter> deadLetters(Connection c, String sync, DeadLetterStatus status)
      throws SQLException {
    return Jdbc.list(
        c,
        "SELECT * FROM dead_letters WHERE sync = ? AND status = ? ORDER BY first_seen, id",
        DeliveryLog::deadLetter,
        sync,
        status.code());
  }

  static List<DeadLetter> deadLetters(Connection c, String sync, int limit) throws SQLException {
    return Jdbc.list(
        c,
        "SELECT * FROM dead_letters WHERE sync = ? ORDER BY last_seen DESC, id DESC LIMIT ?",
        DeliveryLog::deadLetter,
        sync,
        limit);
  }

  /** Moves the dead letters of the given keys to {@code to}, if their status matches {@code filter}. */
  static int setStatus(
      Connection c, String sync, Collection<String> keys, String filter, DeadLetterStatus to)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE dead_letters SET status = ? WHERE sync = ? AND record_key = ? AND " + filter)) {
      for (String key : keys) {
        update.setString(1, to.code());
        update.setString(2, sync);
        update.setString(3, key);
        update.addBatch();
      }
      int changed = 0;
      for (int count : update.executeBatch()) {
        changed += Math.max(count, 0);
      }
      return changed;
    }
  }

  private static DeadLetter deadLetter(ResultSet row) throws SQLException {
    return new DeadLetter(
        row.getLong("id"),
        row.getString("sync"),
        row.getString("record_key"),
        Operation.valueOf(row.getString("op")),
        row.getString("payload"),
        row.getString("reason"),
        row.getString("run_id"),
        Jdbc.instant(row, "first_seen"),
        Jdbc.instant(row, "last_seen"),
        row.getInt("attempts"),
        DeadLetterStatus.fromCode(row.getString("status")));
  }
}
