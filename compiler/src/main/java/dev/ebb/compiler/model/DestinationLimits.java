package dev.ebb.compiler.model;

/** The {@code limits:} of a destination; {@code null} fields mean "use the type's default". */
public record DestinationLimits(
    Double requestsPerSecond, Integer maxConcurrency, Integer batchSize) {

  public static final DestinationLimits DEFAULTS = new DestinationLimits(null, null, null);
}
