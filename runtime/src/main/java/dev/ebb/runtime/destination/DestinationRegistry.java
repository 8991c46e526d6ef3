package dev.ebb.runtime.destination;

import dev.ebb.destination.api.DestinationFactory;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The destination types on the class path, found with {@link ServiceLoader}. */
public final class DestinationRegistry {

  private final Map<String, DestinationFactory> factories;

  private DestinationRegistry(Map<String, DestinationFactory> factories) {
    this.factories = factories;
  }

  public static DestinationRegistry load() {
    return load(DestinationRegistry.class.getClassLoader());
  }

  public static DestinationRegistry load(ClassLoader loader) {
    Map<String, DestinationFactory> found = new TreeMap<>();
    for (DestinationFactory factory : ServiceLoader.load(DestinationFactory.class, loader)) {
      found.putIfAbsent(factory.type(), factory);
    }
    return new DestinationRegistry(Map.copyOf(found));
  }

  public Optional<DestinationFactory> factory(String type) {
    return Optional.ofNullable(factories.get(type));
  }

  public Collection<DestinationFactory> all() {
    return new TreeMap<>(factories).values();
  }
}
