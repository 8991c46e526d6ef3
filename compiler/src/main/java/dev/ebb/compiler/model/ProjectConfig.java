package dev.ebb.compiler.model;

import java.util.Map;

/**
 * {@code ebb_project.yml}.
 *
 * @param vars project variables, usable in model SQL as {@code {{vars.name}}}; values are
 *     strings, numbers or booleans as written
 */
public record ProjectConfig(
    String name,
    String profile,
    String snapshotSchema,
    Map<String, Object> vars,
    Locations locations) {

  public static final String DEFAULT_SNAPSHOT_SCHEMA = "ebb_state";

  public ProjectConfig {
    vars = Map.copyOf(vars);
  }
}
