package dev.ebb.docs.lineage;

import java.util.List;

/**
 * A node of the lineage graph. {@code kind} is {@code source}, {@code model}, {@code sync},
 * {@code destination} or {@code dbt}; {@code rows} are the destination fields a sync node lists.
 */
public record GraphNode(String id, String kind, String name, String href, List<String> rows) {
  public GraphNode {
    rows = List.copyOf(rows);
  }
}
