package dev.ebb.compiler.model;

import dev.ebb.destination.api.WriteMode;
import java.util.List;

/**
 * {@code syncs/*.yml}: a model delivered to a destination object.
 *
 * @param match {@code null} when not written: rows then match by the model's primary key
 * @param deleteSafety fraction of the snapshot a mirror run may delete, or {@code null}
 * @param changeSafety fraction of the snapshot a run may change, or {@code null}
 */
public record Sync(
    String name,
    String model,
    String destination,
    String object,
    WriteMode mode,
    Match match,
    List<FieldMapping> mapping,
    Schedule schedule,
    Double deleteSafety,
    Double changeSafety,
    List<String> tags,
    String description,
    Locations locations) {

  public Sync {
    mapping = List.copyOf(mapping);
    tags = List.copyOf(tags);
  }
}
