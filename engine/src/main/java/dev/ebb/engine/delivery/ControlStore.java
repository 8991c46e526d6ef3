package dev.ebb.engine.delivery;

import dev.ebb.engine.state.DestinationControl;
import java.util.function.UnaryOperator;

/**
 * Where a destination's rate time line, {@code Retry-After} gate and circuit live: in this process
 * only ({@link #local}), or in a store that every process delivering to the destination shares.
 */
public interface ControlStore {

  /** The state as stored now; may cost a round trip, so callers cache it (see {@link ControlView}). */
  DestinationControl read();

  /**
   * Applies {@code change} to the stored state atomically against every other user of the store and
   * returns the result. {@code change} runs exactly once, while other changes wait.
   */
  DestinationControl update(UnaryOperator<DestinationControl> change);

  /** A store held in memory: shared by the lanes and runs of this process only. */
  static ControlStore local(String destination) {
    return new LocalControlStore(destination);
  }
}
