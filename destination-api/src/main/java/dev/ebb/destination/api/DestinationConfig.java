package dev.ebb.destination.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A destination's {@code config:} with defaults applied.
 *
 * @param values at run time, fully resolved; during offline validation, {@code {{env.NAME}}}
 *     references stay unresolved
 * @param projectDir the project root, for relative paths in config
 */
public record DestinationConfig(String name, String type, Map<String, Object> values, Path projectDir) {

  public DestinationConfig {
    values = Map.copyOf(values);
  }

  public Optional<String> string(String key) {
    Object value = values.get(key);
    return value == null ? Optional.empty() : Optional.of(value.toString());
  }

  public String requireString(String key) {
    return string(key).orElseThrow(() -> new IllegalStateException("config key '" + key + "' is not set"));
  }

  public boolean bool(String key, boolean fallback) {
    Object value = values.get(key);
    return value instanceof Boolean b ? b : value == null ? fallback : Boolean.parseBoolean(value.toString());
  }

  public long number(String key, long fallback) {
    Object value = values.get(key);
    return value instanceof Number n ? n.longValue() : value == null ? fallback : Long.parseLong(value.toString());
  }

  @SuppressWarnings("unchecked")
  public Map<String, String> stringMap(String key) {
    Object value = values.get(key);
    if (value instanceof Map<?, ?> map) {
      java.util.LinkedHashMap<String, String> result = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
      return result;
    }
    return Map.of();
  }

  @SuppressWarnings("unchecked")
  public List<String> stringList(String key) {
    Object value = values.get(key);
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}
