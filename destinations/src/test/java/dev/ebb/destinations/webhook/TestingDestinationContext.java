package dev.ebb.destinations.webhook;

import dev.ebb.destination.api.DestinationContext;
import java.nio.file.Path;
import java.time.Clock;

public record TestingDestinationContext(Path projectDir, Clock clock) implements DestinationContext {

  public static TestingDestinationContext system() {
    return new TestingDestinationContext(Path.of("."), Clock.systemUTC());
  }
}
