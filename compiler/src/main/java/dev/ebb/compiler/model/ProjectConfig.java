package dev.ebb.compiler.model;

import java.util.Map;

/**
 * {@code ebb_project.yml}.
 *
 * @param seedSchema the warehouse schema {@code ebb seed} loads {@code seeds/*.csv} into
 * @param vars project variables, usable in model SQL as {@code {{vars.name}}}; values are
 *     strings, numbers or booleans as written
 * @param dialect the warehouse whose SQL rules models are validated by when no target is chosen
 *     ({@code dialect:}, e.g. {@code snowflake}), or {@code null}
 * @param recordLog how long the state store keeps the per-record log ({@code record_log:})
 */
public record ProjectConfig(
    String name,
    String profile,
    String snapshotSchema,
    String seedSchema,
    Map<String, Object> vars,
    Locations locations,
    String dialect,
    RecordLogConfig recordLog) {

  public static final String DEFAULT_SNAPSHOT_SCHEMA = "ebb_state";
  public static final String DEFAULT_SEED_SCHEMA = "seeds";

  public ProjectConfig {
    vars = Map.copyOf(vars);
  }

  public ProjectConfig(
      String name, String profile, String snapshotSchema, Map<String, Object> vars, Locations locations) {
    this(name, profile, snapshotSchema, DEFAULT_SEED_SCHEMA, vars, locations, null, RecordLogConfig.DEFAULT);
  }

  public ProjectConfig(
      String name, String profile, String snapshotSchema, String seedSchema, Map<String, Object> vars, Locations locations) {
    this(name, profile, snapshotSchema, seedSchema, vars, locations, null, RecordLogConfig.DEFAULT);
  }
}
