package dev.ebb.compiler.model;

import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.Map;

/**
 * Where a definition and each of its keys sit in the user's file, so that later phases (reference
 * checks, SQL validation) can report problems at the exact value that causes them.
 *
 * @param node where the definition itself starts
 * @param keys the location of the value of each key, by dotted path (e.g. {@code "match.column"},
 *     {@code "mapping.full_name"})
 */
public record Locations(SourceLocation node, Map<String, SourceLocation> keys) {

  public Locations {
    keys = Map.copyOf(keys);
  }

  public static Locations at(SourceLocation node) {
    return new Locations(node, Map.of());
  }

  /** The location of a key's value, or of the whole definition when the key was not written. */
  public SourceLocation of(String keyPath) {
    return keys.getOrDefault(keyPath, node);
  }

  public String file() {
    return node.file();
  }
}
