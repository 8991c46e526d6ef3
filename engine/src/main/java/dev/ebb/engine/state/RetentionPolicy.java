package dev.ebb.engine.state;

import java.time.Duration;

/**
 * How long per-record results are kept: a result is purged when older than {@code maxAge} or when
 * its run is not among the last {@code keepRuns} runs of its sync.
 */
public record RetentionPolicy(Duration maxAge, int keepRuns) {

  public RetentionPolicy {
    if (maxAge.isNegative() || keepRuns < 0) {
      throw new IllegalArgumentException("retention must not be negative");
    }
  }
}
