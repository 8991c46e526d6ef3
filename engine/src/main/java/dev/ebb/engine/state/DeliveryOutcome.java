package dev.ebb.engine.state;

import java.util.Locale;

/** What happened to one delivered record, as kept in the per-record log. */
public enum DeliveryOutcome {
  ACCEPTED,
  SKIPPED,
  RETRYABLE,
  REJECTED;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** Written once per logged record: computed once. */
  public String code() {
    return code;
  }

  public static DeliveryOutcome fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
