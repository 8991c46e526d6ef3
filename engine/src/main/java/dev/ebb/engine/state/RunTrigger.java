package dev.ebb.engine.state;

import java.util.Locale;

/** Why a run was queued. */
public enum RunTrigger {
  MANUAL,
  SCHEDULE,
  RETRY,
  /** An {@code after:} dependency on another sync finished. */
  AFTER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RunTrigger fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
