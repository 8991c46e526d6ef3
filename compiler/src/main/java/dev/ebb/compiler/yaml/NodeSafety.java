package dev.ebb.compiler.yaml;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One walk over a composed tree: rejects tags other than YAML's core ones (a {@code
 * !!javax.script.ScriptEngineManager} tag is a classic deserialisation attack), aliases that
 * contain themselves, and non-scalar keys; reports duplicate keys.
 */
final class NodeSafety {

  private static final Set<Tag> CORE_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE);

  private final Diagnostics diagnostics;
  private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
  private final Map<Node, Boolean> done = new IdentityHashMap<>();
  private boolean safe = true;

  NodeSafety(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Whether the tree may be read; every problem found is reported either way. */
  boolean check(YamlNode root) {
    visit(root.node(), root.file());
    return safe;
  }

  private void visit(Node node, String file) {
    YamlNode located = new YamlNode(node, file);
    if (onPath.containsKey(node)) {
      unsafe(located, "a recursive alias (a node that contains itself)");
      return;
    }
    if (done.containsKey(node)) {
      return; // an alias to a node already checked
    }
    if (!CORE_TAGS.contains(node.getTag())) {
      unsafe(located, "the tag '" + shown(node.getTag()) + "' is not allowed");
      return;
    }
    onPath.put(node, Boolean.TRUE);
    if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> visit(item, file));
    } else if (node instanceof MappingNode mapping) {
      visitMapping(mapping, file);
    }
    onPath.remove(node);
    done.put(node, Boolean.TRUE);
  }

  private void visitMapping(MappingNode mapping, String file) {
    Map<String, YamlNode> firstKeys = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlNode key = new YamlNode(tuple.getKeyNode(), file);
      if (!(tuple.getKeyNode() instanceof ScalarNode)) {
        diagnostics.error(
            DiagnosticCode.EBB103, key.location(), "a key must be a plain name, not " + key.describe());
        safe = false;
        continue;
      }
      visit(tuple.getKeyNode(), file);
      YamlNode first = firstKeys.putIfAbsent(key.text(), key);
      if (first != null) {
        diagnostics.error(
            DiagnosticCode.EBB106,
            key.location(),
            "duplicate key '" + key.text() + "' (first defined at line " + first.location().line() + ")",
            "remove one of the two");
      }
      visit(tuple.getValueNode(), file);
    }
  }

  /** A tag the way it is usually written: {@code !!javax.script.ScriptEngineManager}. */
  private static String shown(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }

  private void unsafe(YamlNode node, String what) {
    diagnostics.error(
        DiagnosticCode.EBB107,
        node.location(),
        "unsafe YAML: " + what,
        "use plain YAML values: strings, numbers, booleans, lists and mappings");
    safe = false;
  }
}
