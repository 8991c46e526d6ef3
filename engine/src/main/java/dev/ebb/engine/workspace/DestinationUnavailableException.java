package dev.ebb.engine.workspace;

/** A destination could not be opened (bad credentials, unreachable): one line, no secrets. */
public final class DestinationUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DestinationUnavailableException(String destination, String reason) {
    super("destination " + destination + " cannot be opened: " + reason);
  }
}
