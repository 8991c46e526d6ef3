package dev.ebb.docs.site;

import dev.ebb.artifacts.Manifest.ColumnOrigin;
import dev.ebb.artifacts.Manifest.DataTest;
import dev.ebb.artifacts.Manifest.ModelColumn;
import dev.ebb.artifacts.Manifest.ModelNode;
import dev.ebb.artifacts.Manifest.SyncNode;
import dev.ebb.docs.lineage.FieldTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The scope of a model's page: SQL per dialect, columns with tests and origins, neighbours. */
final class ModelPages {

  private final ProjectIndex index;

  ModelPages(ProjectIndex index) {
    this.index = index;
  }

  Scope page(ModelNode model) {
    return Scope.of()
        .with("name", model.name())
        .with("file", model.file())
        .with("description", model.description())
        .with("owner", model.owner())
        .with("tags", model.tags())
        .with("primaryKey", String.join(", ", model.primaryKey()))
        .with("sqlTabs", sqlTabs(model))
        .with("columns", model.columns().stream().map(c -> column(model, c)).toList())
        .with("upstreamModels", model.dependsOn().models().stream().map(m -> Scope.link(m, SitePaths.model(m))).toList())
        .with("upstreamSources", model.dependsOn().sources().stream().map(s -> Scope.link(s, SitePaths.source(s))).toList())
        .with("downstreamModels", index.downstreamModels(model.name()).stream().map(m -> Scope.link(m, SitePaths.model(m))).toList())
        .with("syncs", index.syncsOfModel(model.name()).stream().map(ModelPages::syncRow).toList());
  }

  static Map<String, Object> syncRow(SyncNode sync) {
    return Scope.of()
        .with("name", sync.name())
        .with("href", SitePaths.sync(sync.name()))
        .with("model", Scope.link(sync.model(), SitePaths.model(sync.model())))
        .with("destination", Scope.link(sync.destination(), SitePaths.destination(sync.destination())))
        .with("object", sync.object())
        .with("mode", sync.mode())
        .with("schedule", SyncPages.schedule(sync))
        .with("fieldCount", sync.mapping().size());
  }

  private List<Scope> sqlTabs(ModelNode model) {
    List<Scope> tabs = new ArrayList<>();
    tabs.add(tab("written", "As written", model.sql()));
    if (model.renderedSql() != null && !model.renderedSql().strip().equals(model.sql().strip())) {
      tabs.add(tab("rendered", "Rendered", model.renderedSql()));
    }
    model.compiledSql().forEach((dialect, sql) -> tabs.add(tab(dialect, dialect, sql)));
    tabs.get(0).with("first", true);
    return tabs;
  }

  private static Scope tab(String id, String label, String sql) {
    return Scope.of().with("id", id).with("label", label).with("sql", sql).with("first", false);
  }

  private Scope column(ModelNode model, ModelColumn column) {
    List<FieldTrace> feeds = index.fieldsOfModelColumn(model.name() + "." + column.name());
    return Scope.of()
        .with("name", column.name())
        .with("type", column.type())
        .with("nullable", Boolean.TRUE.equals(column.nullable()))
        .with("primaryKey", model.primaryKey().contains(column.name()))
        .with("description", column.description())
        .with("tests", column.tests().stream().map(ModelPages::test).toList())
        .with("origins", origins(column.directOrigins()))
        .with("sourceOrigins", origins(column.sourceOrigins()))
        .with("feeds", feeds.stream().map(SourcePages::feed).toList());
  }

  static List<Map<String, Object>> origins(List<ColumnOrigin> origins) {
    return origins.stream()
        .map(o -> Scope.link(
            o.relation() + "." + o.column(),
            o.kind().equals("model") ? SitePaths.model(o.relation()) : SitePaths.source(o.relation())))
        .toList();
  }

  private static String test(DataTest test) {
    return test.values().isEmpty() ? test.type() : test.type() + " [" + String.join(", ", test.values()) + "]";
  }
}
