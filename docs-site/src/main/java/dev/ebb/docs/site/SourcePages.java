package dev.ebb.docs.site;

import dev.ebb.artifacts.Manifest.SourceColumn;
import dev.ebb.artifacts.Manifest.SourceNode;
import dev.ebb.docs.dbt.DbtNode;
import dev.ebb.docs.lineage.FieldTrace;
import java.util.Map;
import java.util.Optional;

/** The scope of a source table's page: columns and which destination fields each one feeds. */
final class SourcePages {

  private final ProjectIndex index;

  SourcePages(ProjectIndex index) {
    this.index = index;
  }

  static String relation(SourceNode source) {
    return source.schema() + "." + source.name();
  }

  Scope page(SourceNode source) {
    String relation = relation(source);
    Optional<DbtNode> dbt = index.dbt.flatMap(d -> d.byRelation(relation));
    return Scope.of()
        .with("name", relation)
        .with("description", source.description() != null ? source.description() : dbt.map(DbtNode::description).orElse(null))
        .with("columns", source.columns().stream().map(c -> column(relation, c)).toList())
        .with("models", index.modelsOfSource(relation).stream().map(m -> Scope.link(m, SitePaths.model(m))).toList())
        .with("dbt", dbt.map(this::dbt).orElse(null));
  }

  private Scope dbt(DbtNode node) {
    return Scope.of()
        .with("uniqueId", node.uniqueId())
        .with("reference", node.reference())
        .with("parents", node.parents().stream().map(p -> index.dbt.flatMap(d -> d.node(p)).map(DbtNode::reference).orElse(p)).toList());
  }

  private Scope column(String relation, SourceColumn column) {
    return Scope.of()
        .with("name", column.name())
        .with("type", column.type())
        .with("description", column.description())
        .with("feeds", index.fieldsOfSourceColumn(relation + "." + column.name()).stream().map(SourcePages::feed).toList());
  }

  /** A destination field as a link to its sync, e.g. {@code crm_export.companies.mrr}. */
  static Map<String, Object> feed(FieldTrace trace) {
    return Scope.of()
        .with("label", trace.destination() + "." + trace.object() + "." + trace.field())
        .with("sync", trace.sync())
        .with("href", SitePaths.sync(trace.sync()) + "#field-" + trace.field());
  }
}
