package dev.ebb.engine.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The sync_controls table: pause flags. */
final class SyncControls {

  private SyncControls() {}

  static SyncControl read(Connection c, String sync) throws SQLException {
    return Jdbc.one(c, "SELECT * FROM sync_controls WHERE sync = ?", SyncControls::row, sync)
        .orElse(new SyncControl(sync, false, null, null));
  }

  static List<SyncControl> paused(Connection c) throws SQLException {
    return Jdbc.list(
        c,
        "SELECT * FROM sync_controls WHERE paused = ? ORDER BY sync",
        SyncControls::row,
        true);
  }

  static SyncControl set(Connection c, String sync, boolean paused, String reason, Instant now)
      throws SQLException {
    Jdbc.update(
        c,
        "INSERT INTO sync_controls (sync, paused, reason, updated_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (sync) DO UPDATE SET paused = excluded.paused,"
            + " reason = excluded.reason, updated_at = excluded.updated_at",
        sync,
        paused,
        reason,
        now.toEpochMilli());
    return new SyncControl(sync, paused, reason, now);
  }

  private static SyncControl row(ResultSet row) throws SQLException {
    return new SyncControl(
        row.getString("sync"),
        row.getBoolean("paused"),
        row.getString("reason"),
        Jdbc.instant(row, "updated_at"));
  }
}
