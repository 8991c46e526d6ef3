package dev.ebb.engine.warehouse;

import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Target;
import java.util.Map;

/** Targets as the profile loader would hand them over, settings already env-resolved. */
public final class TestingTargets {

  private TestingTargets() {}

  public static Target target(String name, String type, Map<String, Object> settings) {
    return new Target("acme", name, type, settings, "profiles.yml",
        Locations.at(new SourceLocation("profiles.yml", 1, 1)));
  }

  public static Target duckdb(String path) {
    return target("dev", "duckdb", Map.of("path", path));
  }

  public static Target postgres(String schema) {
    return target("pg", "postgres",
        Map.of("url", TestingPostgres.URL, "user", TestingPostgres.USER, "schema", schema));
  }
}
