package dev.ebb.destination.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All config keys of a destination type, declared once. */
public record ConfigSpec(List<ConfigKey> keys) {

  private static final String ENV_REFERENCE = "{{env.";

  public ConfigSpec {
    keys = List.copyOf(keys);
  }

  public static ConfigSpec of(ConfigKey... keys) {
    return new ConfigSpec(List.of(keys));
  }

  public Optional<ConfigKey> key(String name) {
    return keys.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** The config with defaults filled in for absent keys. */
  public Map<String, Object> withDefaults(Map<String, Object> values) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (ConfigKey key : keys) {
      if (key.defaultValue() != null) {
        result.put(key.name(), key.defaultValue());
      }
    }
    result.putAll(values);
    return result;
  }

  /**
   * Every generic problem of a config: unknown keys, missing required keys, wrong value types,
   * values outside an enumeration. A string holding an {@code {{env.NAME}}} reference is accepted
   * for any type: it is only known at run time.
   */
  public List<ConfigProblem> check(Map<String, Object> values) {
    List<ConfigProblem> problems = new ArrayList<>();
    for (String name : values.keySet()) {
      if (key(name).isEmpty()) {
        problems.add(
            new ConfigProblem(
                name,
                "unknown config key '" + name + "'",
                "known keys: " + String.join(", ", keys.stream().map(ConfigKey::name).toList())));
      }
    }
    for (ConfigKey key : keys) {
      Object value = values.get(key.name());
      if (value == null) {
        if (key.required()) {
          problems.add(
              new ConfigProblem(null, "missing required config key '" + key.name() + "'", key.doc()));
        }
        continue;
      }
      if (value instanceof String s && s.contains(ENV_REFERENCE)) {
        continue;
      }
      if (!hasType(value, key.type())) {
        problems.add(
            ConfigProblem.of(
                key.name(),
                "config key '" + key.name() + "' must be " + describe(key.type())));
      } else if (!key.allowedValues().isEmpty() && !key.allowedValues().contains(value.toString())) {
        problems.add(
            new ConfigProblem(
                key.name(),
                "config key '" + key.name() + "' must be one of " + key.allowedValues(),
                null));
      }
    }
    return problems;
  }

  private static boolean hasType(Object value, ConfigType type) {
    return switch (type) {
      case STRING -> value instanceof String;
      case INTEGER -> value instanceof Integer || value instanceof Long;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case STRING_MAP -> value instanceof Map<?, ?> m
          && m.values().stream().allMatch(v -> v instanceof String || v instanceof Number);
      case STRING_LIST -> value instanceof List<?> l
          && l.stream().allMatch(v -> v instanceof String);
    };
  }

  private static String describe(ConfigType type) {
    return switch (type) {
      case STRING -> "a string";
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case STRING_MAP -> "a map of strings";
      case STRING_LIST -> "a list of strings";
    };
  }
}
