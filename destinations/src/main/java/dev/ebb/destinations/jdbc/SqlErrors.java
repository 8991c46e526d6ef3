package dev.ebb.destinations.jdbc;

import dev.ebb.destination.api.DestinationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Which database errors may pass (connections, timeouts, deadlocks) and which are the data's. */
final class SqlErrors {

  private SqlErrors() {}

  static boolean mayPass(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return e instanceof SQLTransientException
        || e instanceof SQLRecoverableException
        || e instanceof SQLNonTransientConnectionException
        || state.startsWith("08")
        || state.startsWith("40")
        || state.startsWith("53")
        || state.startsWith("57");
  }

  static DestinationException asException(String what, SQLException e) {
    String message = what + ": " + e.getMessage();
    return mayPass(e)
        ? DestinationException.retryable(message, null, e)
        : DestinationException.permanent(message, e);
  }
}
