package dev.ebb.engine.warehouse;

import static dev.ebb.compiler.text.Messages.firstLine;

import dev.ebb.compiler.model.Target;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/** Turns driver exceptions into one-line, secret-free {@link WarehouseException}s. */
final class Failures implements RowStream.Failures {

  private final Target target;
  private final WarehouseConnector connector;
  private final JdbcSettings settings;

  Failures(Target target, WarehouseConnector connector, JdbcSettings settings) {
    this.target = target;
    this.connector = connector;
    this.settings = settings;
  }

  @Override
  public WarehouseException explain(String action, SQLException e) {
    return explain(action, (Throwable) e);
  }

  WarehouseException explain(String action, Throwable e) {
    String cause =
        find(e, SQLException.class)
            .flatMap(sql -> connector.explain(target, settings, sql))
            .or(() -> find(e, ConnectException.class).map(c -> "connection refused at " + settings.address()))
            .or(() -> find(e, UnknownHostException.class).map(u -> "unknown host " + u.getMessage()))
            .or(() -> find(e, SocketTimeoutException.class).map(t -> "connection timed out at " + settings.address()))
            .orElseGet(() -> firstLine(deepestMessage(e)));
    return new WarehouseException(
        TargetSettings.describe(target) + ": " + action + ": " + TargetSettings.scrub(target, cause), e);
  }

  private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /** The message of the innermost SQLException, else of the innermost cause that has one. */
  private static String deepestMessage(Throwable e) {
    String message = e.getClass().getSimpleName();
    String sqlMessage = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
        if (t instanceof SQLException) {
          sqlMessage = t.getMessage();
        }
      }
    }
    return sqlMessage != null ? sqlMessage : message;
  }
}
