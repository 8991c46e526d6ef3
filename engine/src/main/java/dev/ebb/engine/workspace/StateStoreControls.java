package dev.ebb.engine.workspace;

import dev.ebb.engine.delivery.ControlStore;
import dev.ebb.engine.state.DestinationControl;
import dev.ebb.engine.state.StateStore;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A destination's rate time line and circuit in the state store: shared by every process using
 * the store ({@code ebb run}, {@code ebb serve}, {@code ebb worker}), so that together they keep
 * the destination's rate and all stop when its circuit opens. The store is opened on first use.
 */
final class StateStoreControls implements ControlStore {

  private final Supplier<StateStore> state;
  private final String destination;

  StateStoreControls(Supplier<StateStore> state, String destination) {
    this.state = state;
    this.destination = destination;
  }

  @Override
  public DestinationControl read() {
    return state.get().destinationControl(destination);
  }

  @Override
  public DestinationControl update(UnaryOperator<DestinationControl> change) {
    return state.get().updateDestinationControl(destination, change);
  }
}
