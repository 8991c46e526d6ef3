package dev.ebb.runtime.destination.webhook;

import dev.ebb.destination.api.DestinationContext;
import java.nio.file.Path;
import java.time.Clock;

record TestingDestinationContext(Path projectDir, Clock clock) implements DestinationContext {

  static TestingDestinationContext system() {
    return new TestingDestinationContext(Path.of("."), Clock.systemUTC());
  }
}
