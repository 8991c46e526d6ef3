package dev.ebb.docs.dbt;

import java.util.List;

/**
 * A model, seed, snapshot or source of a dbt project. {@code relation} is {@code schema.table} as
 * it sits in the warehouse; {@code sourceName} is set for sources only.
 */
public record DbtNode(
    String uniqueId, String resourceType, String name, String sourceName, String relation, String description, List<String> parents) {
  public DbtNode {
    parents = List.copyOf(parents);
  }

  /** How a dbt YAML file refers to this node: {@code ref('x')} or {@code source('s', 't')}. */
  public String reference() {
    return resourceType.equals("source") ? "source('" + sourceName + "', '" + name + "')" : "ref('" + name + "')";
  }
}
