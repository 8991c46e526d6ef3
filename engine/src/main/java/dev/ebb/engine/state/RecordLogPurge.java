package dev.ebb.engine.state;

/**
 * What one purge of the per-record log deleted.
 *
 * @param runs runs whose log was deleted
 * @param lines log lines those runs held
 */
public record RecordLogPurge(int runs, long lines) {

  public static final RecordLogPurge NONE = new RecordLogPurge(0, 0);

  public RecordLogPurge plus(RecordLogPurge other) {
    return new RecordLogPurge(runs + other.runs, lines + other.lines);
  }
}
