package dev.ebb.engine.delivery;

import dev.ebb.engine.state.DestinationControl;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A destination's control state as this process sees it: read again from the store at most every
 * {@link #STALENESS_NANOS}, so that checking it before each request costs no round trip, and
 * replaced at once by what this process's own changes return. Another process's change (an opened
 * circuit, a {@code Retry-After}) is seen within that interval.
 */
final class ControlView {

  static final long STALENESS_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final ControlStore store;
  private volatile DestinationControl cached;
  private volatile long readAt;

  ControlView(ControlStore store) {
    this.store = store;
  }

  DestinationControl current() {
    DestinationControl value = cached;
    if (value == null || System.nanoTime() - readAt > STALENESS_NANOS) {
      value = refresh();
    }
    return value;
  }

  /** Reads the store now, e.g. while waiting for another worker's probe to report back. */
  synchronized DestinationControl refresh() {
    long at = System.nanoTime();
    cached = store.read();
    readAt = at;
    return cached;
  }

  synchronized DestinationControl update(UnaryOperator<DestinationControl> change) {
    long at = System.nanoTime();
    cached = store.update(change);
    readAt = at;
    return cached;
  }
}
