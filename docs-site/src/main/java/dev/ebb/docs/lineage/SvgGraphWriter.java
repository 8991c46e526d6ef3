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
    String width = whole(layout.width());
    String height = whole(layout.height());
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"lineage-svg\" class=\"lineage-svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" data-width=\"").append(width).append("\" data-height=\"").append(height).append("\">\n");
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

  // Appends rather than String.format: a large project has thousands of nodes and field rows.
  private static void node(StringBuilder svg, GraphNode node, Box box, String root) {
    svg.append("<g class=\"node kind-").append(node.kind()).append("\" data-id=\"").append(escape(node.id()))
        .append("\" data-name=\"").append(escape(node.name()))
        .append("\" transform=\"translate(").append(tenths(box.x())).append(',').append(tenths(box.y())).append(")\">");
    svg.append("<rect class=\"node-box\" width=\"").append(whole(box.width())).append("\" height=\"").append(whole(box.height()))
        .append("\" rx=\"6\"/>");
    svg.append("<rect class=\"node-accent\" width=\"5\" height=\"").append(whole(box.height())).append("\" rx=\"2\"/>");
    String label = "<text class=\"node-kind\" x=\"14\" y=\"13\">" + node.kind().toUpperCase(Locale.ROOT) + "</text>"
        + "<text class=\"node-name\" x=\"14\" y=\"27\"><title>" + escape(node.name()) + "</title>"
        + escape(shorten(node.name())) + "</text>";
    if (node.href() != null) {
      svg.append("<a class=\"node-link\" href=\"").append(escape(root + node.href())).append("\">").append(label).append("</a>");
    } else {
      svg.append(label);
    }
    double y = NodeSizes.HEADER;
    String hitWidth = whole(box.width() - 12);
    String hitHeight = whole(NodeSizes.ROW - 2);
    for (String field : node.rows()) {
      svg.append("<g class=\"field-row\" data-sync=\"").append(escape(node.name())).append("\" data-field=\"").append(escape(field))
          .append("\" transform=\"translate(0,").append(whole(y)).append(")\">")
          .append("<rect class=\"field-hit\" x=\"6\" width=\"").append(hitWidth).append("\" height=\"").append(hitHeight)
          .append("\" rx=\"3\"/><text x=\"14\" y=\"14\">").append(escape("→ " + shorten(field))).append("</text></g>");
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

  /** No decimals, rounded half up like {@code %.0f}. */
  static String whole(double value) {
    return Long.toString(Math.round(value));
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
