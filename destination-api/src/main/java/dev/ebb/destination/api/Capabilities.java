package dev.ebb.destination.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a destination type can do, known without I/O.
 *
 * @param modes the modes supported for any object
 * @param objects the objects offered; empty when any object name is accepted (a table, a topic,
 *     a URL path)
 * @param maxBatchSize the most records one {@link ObjectWriter#write} call may carry
 * @param defaultBatchSize used when the destination's {@code limits.batch_size} is not set
 * @param defaultRequestsPerSecond used when {@code limits.requests_per_second} is not set; 0 for
 *     unlimited
 * @param defaultMaxConcurrency used when {@code limits.max_concurrency} is not set
 */
public record Capabilities(
    Set<WriteMode> modes,
    List<ObjectSpec> objects,
    int maxBatchSize,
    int defaultBatchSize,
    double defaultRequestsPerSecond,
    int defaultMaxConcurrency) {

  public Capabilities {
    modes = Set.copyOf(modes);
    objects = List.copyOf(objects);
  }

  public Optional<ObjectSpec> object(String name) {
    return objects.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The modes usable for one object. */
  public Set<WriteMode> modesFor(String object) {
    return object(object).map(ObjectSpec::modes).orElse(modes);
  }
}
