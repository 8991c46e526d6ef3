package dev.ebb.compiler.yaml;

/** One key a mapping may hold. */
public record YamlKey(String name, YamlType type, boolean required) {

  public static YamlKey required(String name, YamlType type) {
    return new YamlKey(name, type, true);
  }

  public static YamlKey optional(String name, YamlType type) {
    return new YamlKey(name, type, false);
  }
}
