package dev.ebb.compiler.model;

/**
 * {@code record_log:} in {@code ebb_project.yml}: how long the per-record log of a run is kept in
 * the state store. A run's log is purged once the run ended more than {@code keepDays} days ago,
 * unless the run is among the last {@code keepRuns} runs of its sync.
 */
public record RecordLogConfig(int keepDays, int keepRuns) {

  /** 30 days, and at least the last 10 runs of each sync. */
  public static final RecordLogConfig DEFAULT = new RecordLogConfig(30, 10);

  public RecordLogConfig {
    if (keepDays < 0 || keepRuns < 0) {
      throw new IllegalArgumentException("record log retention must not be negative");
    }
  }
}
