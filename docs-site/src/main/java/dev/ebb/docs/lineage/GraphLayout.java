package dev.ebb.docs.lineage;

import java.util.List;
import java.util.Map;

/** Where every node and edge of a {@link LineageGraph} is drawn; coordinates in pixels. */
public record GraphLayout(double width, double height, Map<String, Box> boxes, List<Route> routes) {

  public GraphLayout {
    boxes = Map.copyOf(boxes);
    routes = List.copyOf(routes);
  }

  public record Box(double x, double y, double width, double height) {}

  public record Point(double x, double y) {}

  /** An edge as a polyline from its source node to its target node. */
  public record Route(GraphEdge edge, List<Point> points) {
    public Route {
      points = List.copyOf(points);
    }
  }
}
