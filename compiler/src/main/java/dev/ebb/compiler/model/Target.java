package dev.ebb.compiler.model;

import java.util.Map;

/**
 * One output of a profile in {@code profiles.yml}: a warehouse connection.
 *
 * @param type duckdb, postgres, snowflake, ...
 * @param settings every other key as written ({@code path}, {@code url}, {@code user}, ...);
 *     string values may hold {@code {{env.NAME}}} references, resolved only when connecting
 * @param file the profiles.yml this target was read from (absolute or project-relative)
 */
public record Target(
    String profile, String name, String type, Map<String, Object> settings, String file, Locations locations) {

  public Target {
    settings = Map.copyOf(settings);
  }
}
