package dev.ebb.engine.warehouse;

/**
 * A warehouse cannot be reached, is misconfigured, or refused a statement. The message is one
 * line naming the target and the cause, fit to show a user as is; it never holds a secret.
 */
public class WarehouseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WarehouseException(String message) {
    super(message);
  }

  /** The cause is kept for logs at debug level; the message alone is for users. */
  public WarehouseException(String message, Throwable cause) {
    super(message, cause);
  }
}
