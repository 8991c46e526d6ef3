package dev.ebb.engine.state;

import java.time.Duration;

/**
 * How long the per-record log of a run is kept: it is purged once the run ended more than {@code
 * maxAge} ago, unless the run is among the last {@code keepRuns} runs of its sync. So the log holds
 * every run of the last {@code maxAge} and, for a sync that runs rarely, still its last few runs;
 * runs in progress are never purged.
 */
public record RetentionPolicy(Duration maxAge, int keepRuns) {

  /** 30 days, and at least the last 10 runs of each sync. */
  public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(30), 10);

  public RetentionPolicy {
    if (maxAge.isNegative() || keepRuns < 0) {
      throw new IllegalArgumentException("retention must not be negative");
    }
  }
}
