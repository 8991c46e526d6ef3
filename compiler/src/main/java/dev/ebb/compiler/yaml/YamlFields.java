package dev.ebb.compiler.yaml;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The well-typed values of a mapping read through a {@link YamlShape}. A key that was absent or
 * of the wrong type reads as absent ({@code null} / empty).
 */
public final class YamlFields {

  private final YamlNode mapping;
  private final Map<String, YamlNode> values;

  YamlFields(YamlNode mapping, Map<String, YamlNode> values) {
    this.mapping = mapping;
    this.values = Map.copyOf(values);
  }

  /** The mapping node itself. */
  public YamlNode mapping() {
    return mapping;
  }

  public SourceLocation location() {
    return mapping.location();
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public Optional<YamlNode> node(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** A scalar's text, or {@code null}. */
  public String string(String key) {
    YamlNode node = values.get(key);
    return node == null || !node.isScalar() ? null : node.text();
  }

  public Double number(String key) {
    return values.containsKey(key) && values.get(key).value() instanceof Number n
        ? n.doubleValue()
        : null;
  }

  public Integer integer(String key) {
    return values.containsKey(key) && values.get(key).value() instanceof Long n
            && n == n.intValue()
        ? n.intValue()
        : null;
  }

  /** A sequence's items, or a single scalar as a one-item list; empty when absent. */
  public List<YamlNode> list(String key) {
    YamlNode node = values.get(key);
    if (node == null) {
      return List.of();
    }
    return node.isSequence() ? node.items() : List.of(node);
  }

  /** The texts of a list of strings (or of a single string); other items are reported. */
  public List<String> strings(String key, Diagnostics diagnostics) {
    List<String> strings = new ArrayList<>();
    for (YamlNode item : list(key)) {
      if (item.isScalar() && !item.isNull()) {
        strings.add(item.text());
      } else {
        diagnostics.error(
            DiagnosticCode.EBB103,
            item.location(),
            "items of '" + key + "' must be strings, not " + item.describe());
      }
    }
    return strings;
  }

  /** Where a key's value sits, or the mapping itself when the key is absent. */
  public SourceLocation locationOf(String key) {
    YamlNode node = values.get(key);
    return node == null ? mapping.location() : node.location();
  }

  /** The location of every present key's value, keyed {@code prefix + key}. */
  public void putLocations(String prefix, Map<String, SourceLocation> into) {
    values.forEach((key, node) -> into.put(prefix + key, node.location()));
  }
}
