package dev.ebb.compiler.destination;

import dev.ebb.destination.api.DestinationFactory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The destination types available to a project: the factories found on the class path. */
public final class DestinationTypes {

  private final Map<String, DestinationFactory> byType;

  private DestinationTypes(Map<String, DestinationFactory> byType) {
    this.byType = byType;
  }

  /** Every {@link DestinationFactory} registered in {@code META-INF/services} of this class loader. */
  public static DestinationTypes load(ClassLoader loader) {
    return of(ServiceLoader.load(DestinationFactory.class, loader).stream().map(ServiceLoader.Provider::get).toList());
  }

  /** The factories visible to the compiler's own class loader. */
  public static DestinationTypes load() {
    return load(DestinationTypes.class.getClassLoader());
  }

  /**
   * An explicit set of factories.
   *
   * @throws IllegalArgumentException when two factories claim one type (a packaging error)
   */
  public static DestinationTypes of(Collection<? extends DestinationFactory> factories) {
    Map<String, DestinationFactory> byType = new TreeMap<>();
    for (DestinationFactory factory : factories) {
      DestinationFactory other = byType.putIfAbsent(factory.type(), factory);
      if (other != null) {
        throw new IllegalArgumentException(
            "destination type '" + factory.type() + "' is provided by both "
                + other.getClass().getName() + " and " + factory.getClass().getName());
      }
    }
    return new DestinationTypes(byType);
  }

  public Optional<DestinationFactory> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** The type names, sorted. */
  public List<String> names() {
    return List.copyOf(byType.keySet());
  }

  public List<DestinationFactory> factories() {
    return List.copyOf(byType.values());
  }
}
