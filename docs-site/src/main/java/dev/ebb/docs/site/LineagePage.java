package dev.ebb.docs.site;

import dev.ebb.docs.dbt.DbtManifest;
import dev.ebb.docs.dbt.DbtNode;
import dev.ebb.docs.lineage.ElkLayout;
import dev.ebb.docs.lineage.GraphEdge;
import dev.ebb.docs.lineage.GraphNode;
import dev.ebb.docs.lineage.LayoutCache;
import dev.ebb.docs.lineage.LineageGraph;
import dev.ebb.docs.lineage.SvgGraphWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scope of {@code lineage.html}: the laid-out graph as inline SVG. */
final class LineagePage {

  private LineagePage() {}

  static Scope scope(ProjectIndex index, LayoutCache cache) {
    LineageGraph graph = LineageGraph.of(index.manifest, n -> SitePaths.ofNode(n.kind(), n.name()));
    graph = withDbt(graph, index);
    return Scope.of()
        .with("svg", SvgGraphWriter.write(graph, cache.layout(graph, ElkLayout::layout), ""))
        .with("nodeCount", graph.nodes().size())
        .with("edgeCount", graph.edges().size());
  }

  /** dbt models and sources that build the ebb source tables, one hop upstream. */
  private static LineageGraph withDbt(LineageGraph graph, ProjectIndex index) {
    if (index.dbt.isEmpty()) {
      return graph;
    }
    DbtManifest dbt = index.dbt.get();
    List<GraphNode> nodes = new ArrayList<>();
    List<GraphEdge> edges = new ArrayList<>();
    index.manifest.sources().forEach(source -> {
      Optional<DbtNode> built = dbt.byRelation(SourcePages.relation(source));
      built.ifPresent(node -> node.parents().forEach(parent -> dbt.node(parent).ifPresent(p -> {
        nodes.add(new GraphNode("dbt:" + p.uniqueId(), "dbt", p.reference(), null, List.of()));
        edges.add(new GraphEdge("dbt:" + p.uniqueId(), "source:" + SourcePages.relation(source)));
      })));
    });
    return graph.with(nodes, edges);
  }
}
