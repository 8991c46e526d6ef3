package dev.ebb.engine.state;

/** The state store cannot be reached or refused a statement. Not a user mistake. */
public class StateStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StateStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StateStoreException(String message) {
    super(message);
  }
}
