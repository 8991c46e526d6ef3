package dev.ebb.runtime.state;

import java.util.Locale;

/** What happened to one delivered record, as kept in the per-record log. */
public enum DeliveryOutcome {
  ACCEPTED,
  SKIPPED,
  RETRYABLE,
  REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DeliveryOutcome fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
