package dev.ebb.compiler.yaml;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a kind of mapping may hold, declared once, e.g. {@code YamlShape.of("sync",
 * required("sync", STRING), optional("tags", LIST))}. Reading a node reports every unknown key
 * (with a did-you-mean hint), wrong type and missing required key.
 */
public final class YamlShape {

  private final String what;
  private final Map<String, YamlKey> keys = new LinkedHashMap<>();

  private YamlShape(String what, List<YamlKey> keys) {
    this.what = what;
    keys.forEach(key -> this.keys.put(key.name(), key));
  }

  /**
   * @param what what the mapping is, for messages ("sync", "destination limits")
   */
  public static YamlShape of(String what, YamlKey... keys) {
    return new YamlShape(what, List.of(keys));
  }

  /**
   * Reads a mapping node. Keys with a wrong type are reported and left out of the result, so
   * callers only see well-typed values. Empty when the node is not a mapping at all.
   */
  public Optional<YamlFields> read(YamlNode node, Diagnostics diagnostics) {
    if (!node.isMapping()) {
      diagnostics.error(
          DiagnosticCode.EBB103,
          node.location(),
          "a " + what + " must be a mapping, not " + node.describe());
      return Optional.empty();
    }
    Map<String, YamlNode> values = new LinkedHashMap<>();
    Map<String, YamlNode> keyNodes = new LinkedHashMap<>();
    for (YamlNode.Entry entry : node.entries()) {
      YamlKey key = keys.get(entry.name());
      if (key == null) {
        diagnostics.error(
            DiagnosticCode.EBB102,
            entry.key().location(),
            "unknown key '" + entry.name() + "' in " + what,
            hintFor(entry.name()));
      } else if (entry.value().isNull() && !key.required() && key.type() != YamlType.SCALAR) {
        keyNodes.put(key.name(), entry.key()); // `description:` with nothing after it: absent
      } else if (!key.type().accepts(entry.value())) {
        diagnostics.error(
            DiagnosticCode.EBB103,
            entry.value().location(),
            "'" + entry.name() + "' must be " + key.type().description() + ", not "
                + entry.value().describe());
        keyNodes.put(key.name(), entry.key());
      } else {
        values.put(key.name(), entry.value());
        keyNodes.put(key.name(), entry.key());
      }
    }
    for (YamlKey key : keys.values()) {
      if (key.required() && !keyNodes.containsKey(key.name())) {
        diagnostics.error(
            DiagnosticCode.EBB105,
            node.location(),
            "missing required key '" + key.name() + "' in " + what);
      }
    }
    return Optional.of(new YamlFields(node, values));
  }

  private String hintFor(String unknown) {
    String hint = DidYouMean.hint(unknown, keys.keySet());
    return hint != null ? hint : "allowed keys: " + String.join(", ", keys.keySet());
  }
}
