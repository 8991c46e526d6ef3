package dev.ebb.docs.lineage;

import dev.ebb.artifacts.Manifest;
import dev.ebb.artifacts.Manifest.DagNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Sources, models, syncs and destinations of a manifest (plus any extra nodes) as one graph. */
public record LineageGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

  public LineageGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * @param href the page of a DAG node, relative to the site root
   */
  public static LineageGraph of(Manifest manifest, Function<DagNode, String> href) {
    Map<String, List<String>> fieldsOfSync = new HashMap<>();
    manifest.syncs().forEach(s -> fieldsOfSync.putIfAbsent(s.name(), s.mapping().stream().map(m -> m.field()).toList()));
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    for (DagNode node : manifest.dag().nodes()) {
      List<String> rows = node.kind().equals("sync") ? fieldsOfSync.getOrDefault(node.name(), List.of()) : List.of();
      nodes.put(node.id(), new GraphNode(node.id(), node.kind(), node.name(), href.apply(node), rows));
    }
    List<GraphEdge> edges = new ArrayList<>();
    for (Manifest.DagEdge edge : manifest.dag().edges()) {
      if (nodes.containsKey(edge.from()) && nodes.containsKey(edge.to())) {
        edges.add(new GraphEdge(edge.from(), edge.to()));
      }
    }
    return new LineageGraph(List.copyOf(nodes.values()), edges);
  }

  /** This graph with more nodes and edges (e.g. dbt models upstream of sources); duplicates are dropped. */
  public LineageGraph with(List<GraphNode> moreNodes, List<GraphEdge> moreEdges) {
    Map<String, GraphNode> all = new LinkedHashMap<>();
    moreNodes.forEach(n -> all.put(n.id(), n));
    nodes.forEach(n -> all.put(n.id(), n));
    Set<GraphEdge> allEdges = new java.util.LinkedHashSet<>(edges);
    moreEdges.stream().filter(e -> all.containsKey(e.from()) && all.containsKey(e.to())).forEach(allEdges::add);
    return new LineageGraph(List.copyOf(all.values()), List.copyOf(allEdges));
  }
}
