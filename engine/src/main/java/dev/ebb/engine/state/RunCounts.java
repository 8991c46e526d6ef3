package dev.ebb.engine.state;

/**
 * The record counters of a run. {@code planned}, {@code added}, {@code changed} and {@code removed}
 * describe the diff; the others what delivery did with it.
 */
public record RunCounts(
    long planned,
    long added,
    long changed,
    long removed,
    long sent,
    long succeeded,
    long failed,
    long deadLettered,
    long skipped) {

  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The diff's counts, before anything is sent. */
  public static RunCounts planned(long added, long changed, long removed) {
    return new RunCounts(added + changed + removed, added, changed, removed, 0, 0, 0, 0, 0);
  }

  /** These counts with a delivered batch's outcomes added. */
  public RunCounts plusDelivery(long sent, long succeeded, long failed, long deadLettered, long skipped) {
    return new RunCounts(
        planned,
        added,
        changed,
        removed,
        this.sent + sent,
        this.succeeded + succeeded,
        this.failed + failed,
        this.deadLettered + deadLettered,
        this.skipped + skipped);
  }
}
