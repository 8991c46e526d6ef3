package dev.ebb.destination.api;

import java.util.List;

/**
 * One key of a destination's {@code config:}.
 *
 * @param defaultValue used when the key is absent; {@code null} for none
 * @param allowedValues for enumerations, the only accepted values; empty otherwise
 * @param secret masked in logs, docs, manifests and error messages
 */
public record ConfigKey(
    String name,
    ConfigType type,
    boolean required,
    Object defaultValue,
    List<String> allowedValues,
    boolean secret,
    String doc) {

  public ConfigKey {
    allowedValues = List.copyOf(allowedValues);
  }

  public static ConfigKey required(String name, ConfigType type, String doc) {
    return new ConfigKey(name, type, true, null, List.of(), false, doc);
  }

  public static ConfigKey optional(String name, ConfigType type, Object defaultValue, String doc) {
    return new ConfigKey(name, type, false, defaultValue, List.of(), false, doc);
  }

  public ConfigKey asSecret() {
    return new ConfigKey(name, type, required, defaultValue, allowedValues, true, doc);
  }

  public ConfigKey oneOf(String... values) {
    return new ConfigKey(name, type, required, defaultValue, List.of(values), secret, doc);
  }
}
