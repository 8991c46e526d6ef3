package dev.ebb.docs.lineage;

/** The size a node is drawn at; shared by the layout and the SVG so they agree. */
final class NodeSizes {

  static final double WIDTH = 220;
  static final double HEADER = 34;
  static final double ROW = 20;
  static final double PADDING = 6;

  private NodeSizes() {}

  static double height(GraphNode node) {
    return node.rows().isEmpty() ? HEADER : HEADER + node.rows().size() * ROW + PADDING;
  }
}
