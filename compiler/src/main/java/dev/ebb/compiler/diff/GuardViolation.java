package dev.ebb.compiler.diff;

/** A reason to stop a run before it delivers anything, with what the user can do about it. */
public record GuardViolation(Kind kind, String message, String hint) {

  public enum Kind {
    NULL_KEYS(false),
    DUPLICATE_KEYS(false),
    EMPTY_MODEL(true),
    DELETE_SAFETY(true),
    CHANGE_SAFETY(true);

    private final boolean confirmable;

    Kind(boolean confirmable) {
      this.confirmable = confirmable;
    }

    /** Whether the user may confirm the run anyway; bad keys must be fixed in the model. */
    public boolean confirmable() {
      return confirmable;
    }
  }
}
