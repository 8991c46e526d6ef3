package dev.ebb.docs.lineage;

import dev.ebb.docs.lineage.GraphLayout.Box;
import dev.ebb.docs.lineage.GraphLayout.Point;
import dev.ebb.docs.lineage.GraphLayout.Route;
import java.util.Locale;

/**
 * Writes a laid-out graph as inline SVG. Nodes link to their pages; sync nodes list their fields
 * as rows carrying {@code data-sync}/{@code data-field}, which the page's script uses for
 * column-level lineage.
 */
public final class SvgGraphWriter {

  private static final int MAX_LABEL = 28;

  private SvgGraphWriter() {}

  /**
   * @param root prefix from the page holding the SVG to the site root, e.g. {@code ""} or {@code "../"}
   */
  public static String write(LineageGraph graph, GraphLayout layout, String root) {
    StringBuilder svg = new StringBuilder(graph.nodes().size() * 400);
    svg.append(String.format(
        Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"lineage-svg\" class=\"lineage-svg\" width=\"%.0f\" height=\"%.0f\""
            + " viewBox=\"0 0 %.0f %.0f\" data-width=\"%.0f\" data-height=\"%.0f\">\n",
        layout.width(), layout.height(), layout.width(), layout.height(), layout.width(), layout.height()));
    svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
        + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n");
    svg.append("<g class=\"edges\">\n");
    for (Route route : layout.routes()) {
      svg.append("<path class=\"edge\" data-from=\"").append(escape(route.edge().from()))
          .append("\" data-to=\"").append(escape(route.edge().to()))
          .append("\" marker-end=\"url(#arrow)\" d=\"").append(path(route)).append("\"/>\n");
    }
    svg.append("</g>\n<g class=\"nodes\">\n");
    for (GraphNode node : graph.nodes()) {
      node(svg, node, layout.boxes().get(node.id()), root);
    }
    return svg.append("</g>\n</svg>\n").toString();
  }

  private static void node(StringBuilder svg, GraphNode node, Box box, String root) {
    svg.append(String.format(
        Locale.ROOT,
        "<g class=\"node kind-%s\" data-id=\"%s\" data-name=\"%s\" transform=\"translate(%.1f,%.1f)\">",
        node.kind(), escape(node.id()), escape(node.name()), box.x(), box.y()));
    svg.append(String.format(
        Locale.ROOT,
        "<rect class=\"node-box\" width=\"%.0f\" height=\"%.0f\" rx=\"6\"/>", box.width(), box.height()));
    svg.append(String.format(Locale.ROOT, "<rect class=\"node-accent\" width=\"5\" height=\"%.0f\" rx=\"2\"/>", box.height()));
    String label = "<text class=\"node-kind\" x=\"14\" y=\"13\">" + node.kind().toUpperCase(Locale.ROOT) + "</text>"
        + "<text class=\"node-name\" x=\"14\" y=\"27\"><title>" + escape(node.name()) + "</title>"
        + escape(shorten(node.name())) + "</text>";
    if (node.href() != null) {
      svg.append("<a class=\"node-link\" href=\"").append(escape(root + node.href())).append("\">").append(label).append("</a>");
    } else {
      svg.append(label);
    }
    double y = NodeSizes.HEADER;
    for (String field : node.rows()) {
      svg.append(String.format(
          Locale.ROOT,
          "<g class=\"field-row\" data-sync=\"%s\" data-field=\"%s\" transform=\"translate(0,%.0f)\">"
              + "<rect class=\"field-hit\" x=\"6\" width=\"%.0f\" height=\"%.0f\" rx=\"3\"/>"
              + "<text x=\"14\" y=\"14\">%s</text></g>",
          escape(node.name()), escape(field), y, box.width() - 12, NodeSizes.ROW - 2, escape("→ " + shorten(field))));
      y += NodeSizes.ROW;
    }
    svg.append("</g>\n");
  }

  private static String path(Route route) {
    StringBuilder d = new StringBuilder();
    for (Point p : route.points()) {
      d.append(d.length() == 0 ? "M" : " L").append(tenths(p.x())).append(' ').append(tenths(p.y()));
    }
    return d.toString();
  }

  /** One decimal, without String.format: thousands of edges make that measurable. */
  static String tenths(double value) {
    long scaled = Math.round(value * 10);
    String sign = scaled < 0 ? "-" : "";
    scaled = Math.abs(scaled);
    return sign + scaled / 10 + "." + scaled % 10;
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
