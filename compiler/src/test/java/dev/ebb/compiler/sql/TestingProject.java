package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Catalog;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.RecordLogConfig;
import dev.ebb.compiler.model.SourceColumn;
import dev.ebb.compiler.model.SourceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Project} records for SQL tests without YAML: sources, models and vars. */
final class TestingProject {

  private final List<SourceTable> tables = new ArrayList<>();
  private final List<Model> models = new ArrayList<>();
  private final Map<String, Object> vars = new LinkedHashMap<>();
  private int sourceLine = 1;
  private String dialect;

  static TestingProject create() {
    return new TestingProject();
  }

  /** A source table ({@code schema.table} or {@code database.schema.table}); each column is {@code "name TYPE"}, e.g. {@code "amount DECIMAL(12, 2)"}. */
  TestingProject source(String qualifiedName, String... columns) {
    String[] parts = qualifiedName.split("\\.");
    List<SourceColumn> cols = new ArrayList<>();
    int tableLine = sourceLine++;
    for (String column : columns) {
      int space = column.indexOf(' ');
      int line = sourceLine++;
      Locations at = new Locations(new SourceLocation("sources.yml", line, 11), Map.of("type", new SourceLocation("sources.yml", line, 30)));
      cols.add(new SourceColumn(column.substring(0, space), column.substring(space + 1), null, at));
    }
    Locations at = Locations.at(new SourceLocation("sources.yml", tableLine, 9));
    tables.add(
        parts.length == 3
            ? new SourceTable(parts[1], parts[2], null, cols, at, parts[0])
            : new SourceTable(parts[0], parts[1], null, cols, at));
    return this;
  }

  TestingProject model(String name, String sql) {
    models.add(new Model(name, "models/" + name + ".sql", sql, null));
    return this;
  }

  TestingProject var(String name, Object value) {
    vars.put(name, value);
    return this;
  }

  /** The project's {@code dialect:} setting. */
  TestingProject dialect(String dialect) {
    this.dialect = dialect;
    return this;
  }

  /** The analytics schema many tests use: users, orders, events. */
  TestingProject withAnalyticsSources() {
    return source("analytics.users", "id BIGINT", "email VARCHAR", "first_name VARCHAR", "last_name VARCHAR", "country VARCHAR", "created_at TIMESTAMP", "is_active BOOLEAN")
        .source("analytics.orders", "id BIGINT", "user_id BIGINT", "amount DECIMAL(12, 2)", "status VARCHAR", "ordered_at TIMESTAMP")
        .source("analytics.events", "id BIGINT", "user_id BIGINT", "name VARCHAR", "properties JSON", "occurred_at TIMESTAMP WITH TIME ZONE", "day DATE");
  }

  Project build() {
    ProjectConfig config =
        new ProjectConfig(
            "test", "test", ProjectConfig.DEFAULT_SNAPSHOT_SCHEMA, ProjectConfig.DEFAULT_SEED_SCHEMA, vars, Locations.at(SourceLocation.of("ebb_project.yml")), dialect,
            RecordLogConfig.DEFAULT);
    Map<String, String> files = new LinkedHashMap<>();
    models.forEach(m -> files.put(m.file(), m.sql()));
    return new Project(config, new Catalog(tables), models, List.of(), List.of(), List.of(), files);
  }
}
