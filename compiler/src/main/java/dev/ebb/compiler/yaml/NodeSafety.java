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
 * contain themselves, trees whose aliases expand to more than {@link #MAX_EXPANDED_SIZE} (a few
 * kilobytes of {@code *alias} references can stand for gigabytes of text), and non-scalar keys;
 * reports duplicate keys.
 */
final class NodeSafety {

  private static final Set<Tag> CORE_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE);

  /**
   * The most a tree may stand for with every alias expanded, counted as characters of scalars plus
   * one per node: a few times the largest file accepted.
   */
  static final long MAX_EXPANDED_SIZE = 4L * YamlParser.MAX_CODE_POINTS;

  private final Diagnostics diagnostics;
  private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
  /** Each checked node's expanded size: an alias to it adds that much again. */
  private final Map<Node, Long> done = new IdentityHashMap<>();
  private boolean safe = true;
  private boolean expansionReported;

  NodeSafety(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Whether the tree may be read; every problem found is reported either way. */
  boolean check(YamlNode root) {
    visit(root.node(), root.file());
    return safe;
  }

  /** Checks a node and returns its size with every alias expanded. */
  private long visit(Node node, String file) {
    YamlNode located = new YamlNode(node, file);
    if (onPath.containsKey(node)) {
      unsafe(located, "a recursive alias (a node that contains itself)");
      return 1;
    }
    Long checked = done.get(node);
    if (checked != null) {
      return checked; // an alias to a node already checked
    }
    if (!CORE_TAGS.contains(node.getTag())) {
      unsafe(located, "the tag '" + shown(node.getTag()) + "' is not allowed");
      return 1;
    }
    onPath.put(node, Boolean.TRUE);
    long size = 1;
    if (node instanceof ScalarNode scalar) {
      size += scalar.getValue().length();
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        size = saturatedAdd(size, visit(item, file));
      }
    } else if (node instanceof MappingNode mapping) {
      size = saturatedAdd(size, visitMapping(mapping, file));
    }
    onPath.remove(node);
    done.put(node, size);
    if (size > MAX_EXPANDED_SIZE && !expansionReported) {
      // Reported once, at the innermost node that crosses the limit: the one holding the aliases.
      expansionReported = true;
      unsafe(
          located,
          "its aliases expand to more than " + MAX_EXPANDED_SIZE + " characters",
          "write the values out, or reuse fewer and smaller anchors");
    }
    return size;
  }

  private long visitMapping(MappingNode mapping, String file) {
    long size = 0;
    Map<String, YamlNode> firstKeys = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlNode key = new YamlNode(tuple.getKeyNode(), file);
      if (!(tuple.getKeyNode() instanceof ScalarNode)) {
        diagnostics.error(
            DiagnosticCode.EBB103, key.location(), "a key must be a plain name, not " + key.describe());
        safe = false;
        continue;
      }
      size = saturatedAdd(size, visit(tuple.getKeyNode(), file));
      YamlNode first = firstKeys.putIfAbsent(key.text(), key);
      if (first != null) {
        diagnostics.error(
            DiagnosticCode.EBB106,
            key.location(),
            "duplicate key '" + key.text() + "' (first defined at line " + first.location().line() + ")",
            "remove one of the two");
      }
      size = saturatedAdd(size, visit(tuple.getValueNode(), file));
    }
    return size;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** A tag the way it is usually written: {@code !!javax.script.ScriptEngineManager}. */
  private static String shown(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }

  private void unsafe(YamlNode node, String what) {
    unsafe(node, what, "use plain YAML values: strings, numbers, booleans, lists and mappings");
  }

  private void unsafe(YamlNode node, String what, String hint) {
    diagnostics.error(DiagnosticCode.EBB107, node.location(), "unsafe YAML: " + what, hint);
    safe = false;
  }
}
