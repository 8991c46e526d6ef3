package dev.ebb.runtime.process;

import dev.ebb.engine.state.StateConfig;
import java.util.Map;

/** Two processes sharing a SQLite state file. */
class SqliteSharedDestinationIT extends AbstractSharedDestinationIT {

  @Override
  StateConfig state() {
    return StateConfig.sqlite(root.resolve("shared/state.db"));
  }

  @Override
  Map<String, String> stateEnvironment() {
    return Map.of("EBB_STATE_URL", state().url());
  }
}
