package dev.ebb.destination.api;

import java.nio.file.Path;
import java.time.Clock;

/** What the runtime gives a destination when opening it. */
public interface DestinationContext {

  /** The project root: relative paths in config resolve against it. */
  Path projectDir();

  Clock clock();
}
