package dev.ebb.engine.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sync_claims table: acquiring, renewing and releasing a sync's claim, and the fence every
 * state write of a run passes. Each is a compare-and-set on the claim's token, so that of two
 * claimants racing in PostgreSQL one wins; in SQLite the write transaction serializes them anyway.
 */
final class ClaimRows {

  /** A held claim that has not lapsed at {@code ?}. */
  static final String HELD = "c.holder IS NOT NULL AND c.expires_at > ?";

  private ClaimRows() {}

  /** The sync's current claim, held or released (then holder is null). */
  private record Row(String sync, long token, SyncClaim held) {}

  static Optional<SyncClaim> held(Connection c, String sync) throws SQLException {
    return read(c, sync).map(Row::held);
  }

  private static Optional<Row> read(Connection c, String sync) throws SQLException {
    return Jdbc.one(c, "SELECT * FROM sync_claims WHERE sync = ?", ClaimRows::row, sync);
  }

  /** Acquires the sync's claim unless another holder's has yet to lapse at {@code now}. */
  static ClaimAttempt acquire(Connection c, String sync, ClaimHolder holder, Instant at, Duration lease)
      throws SQLException {
    Instant now = Instant.ofEpochMilli(at.toEpochMilli()); // as stored
    Optional<Row> current = read(c, sync);
    if (current.isPresent() && current.get().held() != null && current.get().held().expiresAt().isAfter(now)) {
      return new ClaimAttempt(current.get().held(), false);
    }
    long token = current.map(r -> r.token() + 1).orElse(1L);
    Instant expires = now.plus(lease);
    int acquired;
    if (current.isEmpty()) {
      acquired =
          Jdbc.update(
              c,
              "INSERT INTO sync_claims (sync, token, holder, host, pid, since, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (sync) DO NOTHING",
              sync, token, holder.id(), holder.host(), holder.pid(), now.toEpochMilli(), expires.toEpochMilli());
    } else {
      acquired =
          Jdbc.update(
              c,
              "UPDATE sync_claims SET token = ?, holder = ?, host = ?, pid = ?, since = ?, expires_at = ?, run_id = NULL"
                  + " WHERE sync = ? AND token = ?",
              token, holder.id(), holder.host(), holder.pid(), now.toEpochMilli(), expires.toEpochMilli(), sync,
              current.get().token());
    }
    if (acquired == 0) {
      // Another claimant got there between the read and the write.
      return new ClaimAttempt(read(c, sync).map(Row::held).orElseThrow(), false);
    }
    return new ClaimAttempt(new SyncClaim(sync, token, holder, now, expires), true);
  }

  /**
   * Renews a claim still current; false once it was taken over or released. A lapsed claim that no
   * one took over is renewed: nothing else wrote under another token meanwhile.
   */
  static boolean renew(Connection c, SyncClaim claim, Instant expires) throws SQLException {
    return Jdbc.update(
            c,
            "UPDATE sync_claims SET expires_at = ? WHERE sync = ? AND token = ? AND holder IS NOT NULL",
            expires.toEpochMilli(), claim.sync(), claim.token())
        == 1;
  }

  static void release(Connection c, SyncClaim claim) throws SQLException {
    Jdbc.update(
        c,
        "UPDATE sync_claims SET holder = NULL, host = NULL, pid = NULL, since = NULL, expires_at = NULL,"
            + " run_id = NULL WHERE sync = ? AND token = ?",
        claim.sync(), claim.token());
  }

  /**
   * The fence of a state write of run {@code runId}: passes when {@code claim} is still the sync's
   * current claim and the run is one of the sync's, and records the run as the one the holder
   * executes (none once it ends). It locks the run's row and then the claim's until the write
   * commits, so no claimant can take the sync over between this check and the write it guards;
   * in that order, which is the one a worker's claim takes them in, so that the two never wait for
   * each other.
   *
   * @throws StaleClaimException when the claim is no longer current
   */
  static void fence(Connection c, SyncClaim claim, String runId, boolean runEnds) throws SQLException {
    if (Jdbc.update(c, "UPDATE runs SET sync = sync WHERE id = ? AND sync = ?", runId, claim.sync()) == 0) {
      throw new StateStoreException("run " + runId + " is not a run of sync " + claim.sync());
    }
    int held =
        Jdbc.update(
            c,
            "UPDATE sync_claims SET run_id = ? WHERE sync = ? AND token = ? AND holder IS NOT NULL",
            runEnds ? null : runId, claim.sync(), claim.token());
    if (held == 0) {
      String now = read(c, claim.sync()).map(Row::held).map(h -> "taken over by " + h.describeHolder()).orElse("released");
      throw new StaleClaimException(claim, now);
    }
  }

  private static Row row(ResultSet row) throws SQLException {
    String sync = row.getString("sync");
    long token = row.getLong("token");
    String holder = row.getString("holder");
    SyncClaim held =
        holder == null
            ? null
            : new SyncClaim(
                sync,
                token,
                new ClaimHolder(holder, row.getString("host"), row.getLong("pid")),
                Jdbc.instant(row, "since"),
                Jdbc.instant(row, "expires_at"));
    return new Row(sync, token, held);
  }
}
