package dev.ebb.runtime.cli;

/**
 * A failure the user can fix (an unreachable warehouse, a missing profile): printed as one line
 * with an optional hint, exit code 1, no stack trace. Messages never contain secret values.
 */
public class UserFacingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  public UserFacingException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public UserFacingException(String message) {
    this(message, null);
  }

  public String hint() {
    return hint;
  }
}
