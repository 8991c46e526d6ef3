package dev.ebb.compiler.model;

import java.util.Map;

/**
 * {@code destinations/*.yml}: a connection to an operational tool.
 *
 * @param config the {@code config:} map as written: scalars, lists and maps; strings may hold
 *     unresolved {@code {{env.NAME}}} references, which are resolved only at run time
 */
public record Destination(
    String name,
    String type,
    Map<String, Object> config,
    DestinationLimits limits,
    String description,
    Locations locations) {

  public Destination {
    config = Map.copyOf(config);
  }
}
