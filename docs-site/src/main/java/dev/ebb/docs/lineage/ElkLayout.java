package dev.ebb.docs.lineage;

import dev.ebb.docs.lineage.GraphLayout.Box;
import dev.ebb.docs.lineage.GraphLayout.Point;
import dev.ebb.docs.lineage.GraphLayout.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays the graph out left to right with ELK's layered (Sugiyama) algorithm: sources in the first
 * layer, destinations in the last, edges routed between layers.
 */
public final class ElkLayout {

  // Above this many nodes, cheaper options keep generation fast (see LayoutCache's VERSION).
  private static final int LARGE_GRAPH = 300;

  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private ElkLayout() {}

  public static GraphLayout layout(LineageGraph graph) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
    if (graph.nodes().size() > LARGE_GRAPH) {
      // Orthogonal routing of thousands of edges was most of the layout time; straight segments
      // between layers read as well at this size.
      root.setProperty(LayeredOptions.THOROUGHNESS, 1);
      root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    }
    java.util.Set<String> fed = new java.util.HashSet<>();
    graph.edges().forEach(e -> fed.add(e.to()));
    Map<String, ElkNode> nodes = new HashMap<>();
    for (GraphNode node : graph.nodes()) {
      ElkNode elk = ElkGraphUtil.createNode(root);
      elk.setIdentifier(node.id());
      elk.setDimensions(NodeSizes.WIDTH, NodeSizes.height(node));
      switch (node.kind()) {
        // ELK rejects a FIRST node with incoming edges (a source built by dbt models).
        case "source", "dbt" -> {
          if (!fed.contains(node.id())) {
            elk.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
          }
        }
        case "destination" -> elk.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
        default -> {}
      }
      nodes.put(node.id(), elk);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (GraphEdge edge : graph.edges()) {
      edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to())));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    Map<String, Box> boxes = new HashMap<>();
    nodes.forEach((id, n) -> boxes.put(id, new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      routes.add(route(graph.edges().get(i), edges.get(i)));
    }
    return new GraphLayout(root.getWidth(), root.getHeight(), boxes, routes);
  }

  private static Route route(GraphEdge edge, ElkEdge elk) {
    List<Point> points = new ArrayList<>();
    for (ElkEdgeSection section : elk.getSections()) {
      points.add(new Point(section.getStartX(), section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new Point(bend.getX(), bend.getY()));
      }
      points.add(new Point(section.getEndX(), section.getEndY()));
    }
    return new Route(edge, points);
  }
}
