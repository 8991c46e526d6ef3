package dev.ebb.engine.delivery;

import dev.ebb.engine.state.DestinationControl;
import java.util.function.UnaryOperator;

/** A destination's control state in memory, for a process that shares the destination with no other. */
final class LocalControlStore implements ControlStore {

  private DestinationControl current;

  LocalControlStore(String destination) {
    this.current = DestinationControl.initial(destination);
  }

  @Override
  public synchronized DestinationControl read() {
    return current;
  }

  @Override
  public synchronized DestinationControl update(UnaryOperator<DestinationControl> change) {
    current = change.apply(current);
    return current;
  }
}
