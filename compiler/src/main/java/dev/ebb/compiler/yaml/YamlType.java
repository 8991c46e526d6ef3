package dev.ebb.compiler.yaml;

import org.yaml.snakeyaml.nodes.Tag;

/** The kinds of value a declared key accepts. */
public enum YamlType {
  /** Any non-null scalar, read as its text (so {@code object: 2024} is the string "2024"). */
  STRING("a string"),
  INTEGER("an integer"),
  NUMBER("a number"),
  BOOLEAN("true or false"),
  /** Any scalar, including null. */
  SCALAR("a single value"),
  LIST("a list"),
  MAPPING("a mapping"),
  STRING_OR_LIST("a string or a list"),
  STRING_OR_MAPPING("a string or a mapping"),
  ANY("any value");

  private final String description;

  YamlType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public boolean accepts(YamlNode node) {
    boolean string = node.isScalar() && !node.isNull();
    return switch (this) {
      case STRING -> string;
      case INTEGER -> node.hasTag(Tag.INT);
      case NUMBER -> node.hasTag(Tag.INT) || node.hasTag(Tag.FLOAT);
      case BOOLEAN -> node.hasTag(Tag.BOOL);
      case SCALAR -> node.isScalar();
      case LIST -> node.isSequence();
      case MAPPING -> node.isMapping();
      case STRING_OR_LIST -> string || node.isSequence();
      case STRING_OR_MAPPING -> string || node.isMapping();
      case ANY -> true;
    };
  }
}
