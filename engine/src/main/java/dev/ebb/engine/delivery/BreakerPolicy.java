package dev.ebb.engine.delivery;

import java.time.Duration;

/**
 * When a destination's circuit opens: after {@code failedCalls} failed calls in a row; it stays
 * open {@code initialOpen}, then twice as long after each failed probe, up to {@code maxOpen}.
 */
public record BreakerPolicy(int failedCalls, Duration initialOpen, Duration maxOpen) {

  public static final BreakerPolicy DEFAULT =
      new BreakerPolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(30));
}
