package dev.ebb.compiler.testing;

import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Catalog;
import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.DestinationLimits;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import java.util.List;
import java.util.Map;

/** Builds loaded-project records for tests, as a ProjectLoader would produce them. */
public final class TestingDefinitions {

  private TestingDefinitions() {}

  public static Locations at(String file, int line) {
    return new Locations(
        new SourceLocation(file, line, 1), Map.of("name", new SourceLocation(file, line, 7)));
  }

  public static Model model(String name, String sql) {
    return new Model(name, "models/" + name + ".sql", sql, null);
  }

  public static Model model(String name, String sql, ModelProperties properties) {
    return new Model(name, "models/" + name + ".sql", sql, properties);
  }

  public static ModelProperties properties(String model, List<String> tags, ColumnProperties... columns) {
    return new ModelProperties(
        model, "About " + model, List.of("customer_id"), "growth@acme.example", tags, List.of(columns),
        at("models/" + model + ".yml", 2));
  }

  public static ColumnProperties column(String name, String description) {
    return new ColumnProperties(name, description, List.of(), at("models/props.yml", 5));
  }

  public static Destination destination(String name, Map<String, Object> config) {
    return new Destination(
        name, "hubspot", config, new DestinationLimits(10.0, 4, 100), null,
        at("destinations/" + name + ".yml", 1));
  }

  public static Sync sync(String name, String model, String destination) {
    return sync(name, model, destination, new Schedule.Cron("*/15 * * * *"), List.of());
  }

  public static Sync sync(String name, String model, String destination, Schedule schedule, List<String> tags) {
    return new Sync(
        name, model, destination, "contacts", WriteMode.UPSERT, null,
        List.of(new FieldMapping("email", new FieldSource.Column("email"))),
        schedule, null, null, tags, null, at("syncs/" + name + ".yml", 1));
  }

  public static Project project(List<Model> models, List<Destination> destinations, List<Sync> syncs) {
    ProjectConfig config =
        new ProjectConfig("acme", "acme", "ebb_state", Map.of("min_ltv", 100), at("ebb_project.yml", 1));
    return new Project(config, Catalog.EMPTY, models, destinations, syncs, List.of(), Map.of());
  }
}
