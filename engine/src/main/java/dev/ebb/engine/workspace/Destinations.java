package dev.ebb.engine.workspace;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.DestinationLimits;
import dev.ebb.compiler.project.EnvResolver;
import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.DestinationFactory;
import dev.ebb.engine.delivery.DeliveryEngine;
import dev.ebb.engine.delivery.DeliverySettings;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.engine.state.StateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's destinations, opened once per process with their config resolved from the
 * environment, each with its own {@link DeliveryEngine}: one destination's rate limit, Retry-After
 * gate and circuit breaker never touch another's, and live in the state store, shared with every
 * other process delivering to the same destination.
 */
public final class Destinations implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Destinations.class);

  /** An opened destination and the engine that feeds it. */
  public record Open(
      Destination definition, DestinationFactory factory, dev.ebb.destination.api.Destination destination, DeliveryEngine engine) {}

  private final Path root;
  private final Map<String, String> environment;
  private final Clock clock;
  private final Supplier<StateStore> state;
  private final DestinationTypes registry = DestinationTypes.load();
  private final Map<String, Open> open = new LinkedHashMap<>();

  Destinations(Path root, Map<String, String> environment, Clock clock, Supplier<StateStore> state) {
    this.root = root;
    this.environment = environment;
    this.clock = clock;
    this.state = state;
  }

  synchronized Open open(Destination destination) {
    Open existing = open.get(destination.name());
    if (existing != null) {
      return existing;
    }
    DestinationFactory factory =
        registry.find(destination.type())
            .orElseThrow(() -> new IllegalStateException("no destination type " + destination.type()));
    Diagnostics diagnostics = new Diagnostics();
    Map<String, Object> resolved =
        new EnvResolver(environment).resolveAll(destination.config(), destination.locations(), "config.", diagnostics);
    if (diagnostics.hasErrors()) {
      throw new WorkspaceException(diagnostics.sorted());
    }
    DestinationConfig config =
        new DestinationConfig(destination.name(), destination.type(), factory.configSpec().withDefaults(resolved), root);
    DestinationContext context = new Context(root, clock);
    dev.ebb.destination.api.Destination connection;
    try {
      connection = factory.open(config, context);
    } catch (DestinationException e) {
      throw new DestinationUnavailableException(destination.name(), e.getMessage());
    }
    DeliveryEngine engine =
        new DeliveryEngine(
            destination.name(),
            settings(destination, factory.capabilities()),
            new StateStoreControls(state, destination.name()));
    Open opened = new Open(destination, factory, connection, engine);
    open.put(destination.name(), opened);
    return opened;
  }

  synchronized Map<String, DeliveryEngine> engines() {
    Map<String, DeliveryEngine> engines = new LinkedHashMap<>();
    open.forEach((name, o) -> engines.put(name, o.engine()));
    return engines;
  }

  /** Limits from the destination's YAML, else the type's defaults. */
  static DeliverySettings settings(Destination destination, Capabilities capabilities) {
    DestinationLimits limits = destination.limits() == null ? DestinationLimits.DEFAULTS : destination.limits();
    int batchSize = limits.batchSize() != null ? limits.batchSize() : capabilities.defaultBatchSize();
    int concurrency = limits.maxConcurrency() != null ? limits.maxConcurrency() : capabilities.defaultMaxConcurrency();
    double rate = limits.requestsPerSecond() != null ? limits.requestsPerSecond() : capabilities.defaultRequestsPerSecond();
    return DeliverySettings.of(Math.min(batchSize, capabilities.maxBatchSize()), Math.max(1, concurrency), rate);
  }

  @Override
  public synchronized void close() {
    for (Open o : List.copyOf(open.values())) {
      try {
        o.destination().close();
      } catch (DestinationException | RuntimeException e) {
        LOG.warn("closing destination {} failed: {}", o.definition().name(), e.getMessage());
      }
    }
    open.clear();
  }

  private record Context(Path projectDir, Clock clock) implements DestinationContext {}
}
