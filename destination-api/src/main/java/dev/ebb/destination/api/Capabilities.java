package dev.ebb.destination.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a destination type can do, known without I/O. Build it with named setters:
 *
 * <pre>{@code
 * Capabilities.builder().maxBatchSize(1_000).defaultBatchSize(100)
 *     .defaultRequestsPerSecond(10).defaultMaxConcurrency(4).build()
 * }</pre>
 *
 * <p>The canonical constructor stays for destinations written against it.
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

  /**
   * Capabilities with every mode, any object name, no rate limit and one request at a time unless
   * set; the batch sizes must be set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Named setters for {@link Capabilities}; {@link #build} checks the limits agree. */
  public static final class Builder {
    private Set<WriteMode> modes = EnumSet.allOf(WriteMode.class);
    private List<ObjectSpec> objects = List.of();
    private int maxBatchSize;
    private int defaultBatchSize;
    private double defaultRequestsPerSecond;
    private int defaultMaxConcurrency = 1;

    private Builder() {}

    public Builder modes(Set<WriteMode> modes) {
      this.modes = modes;
      return this;
    }

    public Builder objects(List<ObjectSpec> objects) {
      this.objects = objects;
      return this;
    }

    public Builder maxBatchSize(int maxBatchSize) {
      this.maxBatchSize = maxBatchSize;
      return this;
    }

    public Builder defaultBatchSize(int defaultBatchSize) {
      this.defaultBatchSize = defaultBatchSize;
      return this;
    }

    /** 0 for unlimited. */
    public Builder defaultRequestsPerSecond(double defaultRequestsPerSecond) {
      this.defaultRequestsPerSecond = defaultRequestsPerSecond;
      return this;
    }

    public Builder defaultMaxConcurrency(int defaultMaxConcurrency) {
      this.defaultMaxConcurrency = defaultMaxConcurrency;
      return this;
    }

    /**
     * The capabilities.
     *
     * @throws IllegalArgumentException when there is no mode, a batch size is unset or the default
     *     exceeds the maximum, the rate is negative or the concurrency below 1
     */
    public Capabilities build() {
      if (modes.isEmpty()) {
        throw new IllegalArgumentException("a destination supports at least one mode");
      }
      if (maxBatchSize < 1 || defaultBatchSize < 1 || defaultBatchSize > maxBatchSize) {
        throw new IllegalArgumentException(
            "batch sizes must be 1 <= defaultBatchSize <= maxBatchSize, not "
                + defaultBatchSize + " and " + maxBatchSize);
      }
      if (defaultRequestsPerSecond < 0 || Double.isNaN(defaultRequestsPerSecond)) {
        throw new IllegalArgumentException("defaultRequestsPerSecond must be >= 0 (0: unlimited)");
      }
      if (defaultMaxConcurrency < 1) {
        throw new IllegalArgumentException("defaultMaxConcurrency must be >= 1");
      }
      return new Capabilities(
          modes, objects, maxBatchSize, defaultBatchSize, defaultRequestsPerSecond, defaultMaxConcurrency);
    }
  }
}
