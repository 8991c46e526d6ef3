package dev.ebb.engine.state;

import java.util.Locale;

/**
 * A destination's circuit: closed (requests flow), open (none until the probe time), half-open
 * (one probe request is out; its outcome closes or re-opens the circuit).
 */
public enum CircuitStatus {
  CLOSED,
  OPEN,
  HALF_OPEN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CircuitStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
