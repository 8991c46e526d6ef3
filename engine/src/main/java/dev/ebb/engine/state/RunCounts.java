package dev.ebb.engine.state;

/**
 * The record counters of a run. {@code planned}, {@code added}, {@code changed} and {@code removed}
 * describe the diff; the others what delivery did with it. Built by name rather than position:
 * {@code RunCounts.planned(10, 0, 0).withSent(8).withSucceeded(6)}.
 *
 * @param planned the records the run's mode sends of the diff
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

  /** The diff's counts, before anything is sent; every row planned until {@link #withPlanned} says otherwise. */
  public static RunCounts planned(long added, long changed, long removed) {
    return ZERO.withDiff(added, changed, removed).withPlanned(added + changed + removed);
  }

  /** These counts with a delivered batch's outcomes added. */
  public RunCounts plusDelivery(long sent, long succeeded, long failed, long deadLettered, long skipped) {
    return withSent(this.sent + sent)
        .withSucceeded(this.succeeded + succeeded)
        .withFailed(this.failed + failed)
        .withDeadLettered(this.deadLettered + deadLettered)
        .withSkipped(this.skipped + skipped);
  }

  public RunCounts withDiff(long added, long changed, long removed) {
    return new RunCounts(planned, added, changed, removed, sent, succeeded, failed, deadLettered, skipped);
  }

  public RunCounts withPlanned(long value) {
    return new RunCounts(value, added, changed, removed, sent, succeeded, failed, deadLettered, skipped);
  }

  public RunCounts withSent(long value) {
    return new RunCounts(planned, added, changed, removed, value, succeeded, failed, deadLettered, skipped);
  }

  public RunCounts withSucceeded(long value) {
    return new RunCounts(planned, added, changed, removed, sent, value, failed, deadLettered, skipped);
  }

  public RunCounts withFailed(long value) {
    return new RunCounts(planned, added, changed, removed, sent, succeeded, value, deadLettered, skipped);
  }

  public RunCounts withDeadLettered(long value) {
    return new RunCounts(planned, added, changed, removed, sent, succeeded, failed, value, skipped);
  }

  public RunCounts withSkipped(long value) {
    return new RunCounts(planned, added, changed, removed, sent, succeeded, failed, deadLettered, value);
  }
}
