package dev.ebb.engine.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** The destination_controls table: one row per destination, changed under a row lock. */
final class DestinationControls {

  private DestinationControls() {}

  static DestinationControl read(Connection c, String destination) throws SQLException {
    return Jdbc.one(c, "SELECT * FROM destination_controls WHERE destination = ?", DestinationControls::row, destination)
        .orElse(DestinationControl.initial(destination));
  }

  /**
   * Reads the row with {@code lock} (nothing where the write transaction already excludes other
   * writers), applies {@code change} and writes the result, in the caller's transaction.
   */
  static DestinationControl update(
      Connection c, String destination, UnaryOperator<DestinationControl> change, String lock, Instant now)
      throws SQLException {
    DestinationControl initial = DestinationControl.initial(destination);
    Jdbc.update(
        c,
        "INSERT INTO destination_controls (destination, next_slot, not_before, circuit, failures, trips,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (destination) DO NOTHING",
        destination,
        initial.nextSlot(),
        initial.notBefore(),
        initial.circuit().code(),
        initial.failures(),
        initial.trips(),
        now.toEpochMilli());
    DestinationControl current =
        Jdbc.one(c, "SELECT * FROM destination_controls WHERE destination = ?" + lock, DestinationControls::row, destination)
            .orElseThrow();
    DestinationControl next = change.apply(current);
    if (!next.equals(current)) {
      Jdbc.update(
          c,
          "UPDATE destination_controls SET next_slot = ?, not_before = ?, circuit = ?, failures = ?,"
              + " trips = ?, opened_at = ?, probe_at = ?, updated_at = ? WHERE destination = ?",
          next.nextSlot(),
          next.notBefore(),
          next.circuit().code(),
          next.failures(),
          next.trips(),
          Jdbc.millis(next.openedAt()),
          Jdbc.millis(next.probeAt()),
          now.toEpochMilli(),
          destination);
    }
    return next;
  }

  private static DestinationControl row(ResultSet row) throws SQLException {
    return new DestinationControl(
        row.getString("destination"),
        row.getLong("next_slot"),
        row.getLong("not_before"),
        CircuitStatus.fromCode(row.getString("circuit")),
        row.getInt("failures"),
        row.getInt("trips"),
        Jdbc.instant(row, "opened_at"),
        Jdbc.instant(row, "probe_at"));
  }
}
