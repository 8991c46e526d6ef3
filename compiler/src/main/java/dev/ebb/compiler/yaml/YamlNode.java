package dev.ebb.compiler.yaml;

import dev.ebb.compiler.diagnostic.SourceLocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A composed YAML node with the file it comes from. Values are only ever plain strings, numbers,
 * booleans, lists and maps: no Java object is constructed from YAML.
 */
public record YamlNode(Node node, String file) {

  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");

  /** A key and its value in a mapping. */
  public record Entry(YamlNode key, YamlNode value) {
    public String name() {
      return key.text();
    }
  }

  public SourceLocation location() {
    return new SourceLocation(
        file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  public boolean isNull() {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  public boolean isSequence() {
    return node instanceof SequenceNode;
  }

  public boolean hasTag(Tag tag) {
    return node.getTag().equals(tag);
  }

  /** A scalar's text as written (without quotes); empty for collections. */
  public String text() {
    return node instanceof ScalarNode scalar ? scalar.getValue() : "";
  }

  /** The items of a sequence; empty for anything else. */
  public List<YamlNode> items() {
    if (!(node instanceof SequenceNode sequence)) {
      return List.of();
    }
    List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
    for (Node item : sequence.getValue()) {
      items.add(new YamlNode(item, file));
    }
    return items;
  }

  /**
   * The entries of a mapping, first occurrence of each key only (duplicates are reported when the
   * file is parsed); empty for anything else.
   */
  public List<Entry> entries() {
    if (!(node instanceof MappingNode mapping)) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>(mapping.getValue().size());
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlNode key = new YamlNode(tuple.getKeyNode(), file);
      if (seen.add(key.text())) {
        entries.add(new Entry(key, new YamlNode(tuple.getValueNode(), file)));
      }
    }
    return entries;
  }

  /** What YAML calls this node, for messages: "a string", "a list", ... */
  public String describe() {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return "null";
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "a number";
    }
    if (tag.equals(Tag.BOOL)) {
      return "a boolean";
    }
    return "a string";
  }

  /**
   * The plain Java value: {@code String}, {@code Long}, {@code BigInteger}, {@code Double},
   * {@code Boolean}, {@code null}, {@code List} or {@code Map} (insertion-ordered). Parsing
   * guarantees the tree has no cycles.
   */
  public Object value() {
    if (node instanceof MappingNode) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Entry entry : entries()) {
        map.put(entry.name(), entry.value().value());
      }
      return map;
    }
    if (node instanceof SequenceNode) {
      return items().stream().map(YamlNode::value).toList();
    }
    return scalarValue();
  }

  private Object scalarValue() {
    String text = text();
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
    }
    if (tag.equals(Tag.INT)) {
      return integer(text);
    }
    if (tag.equals(Tag.FLOAT)) {
      return decimal(text);
    }
    return text;
  }

  private static Object integer(String text) {
    String digits = text.replace("_", "");
    try {
      BigInteger value = new BigInteger(digits);
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    } catch (NumberFormatException notDecimal) {
      // Hex, octal or sexagesimal forms of YAML 1.1: keep the text rather than guess.
      return text;
    }
  }

  private static Object decimal(String text) {
    String digits = text.replace("_", "").toLowerCase(Locale.ROOT);
    return switch (digits) {
      case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
      case "-.inf" -> Double.NEGATIVE_INFINITY;
      case ".nan" -> Double.NaN;
      default -> parseDouble(digits, text);
    };
  }

  private static Object parseDouble(String digits, String text) {
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException notDecimal) {
      return text;
    }
  }
}
