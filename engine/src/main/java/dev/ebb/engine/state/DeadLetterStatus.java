package dev.ebb.engine.state;

import java.util.Locale;

/** open: waiting for a human or a retry; retried: queued again; resolved: delivered or dismissed. */
public enum DeadLetterStatus {
  OPEN,
  RETRIED,
  RESOLVED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeadLetterStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
