package dev.ebb.destination.api;

import java.util.List;
import java.util.Set;

/**
 * An object (table, endpoint, CRM object type) a destination offers.
 *
 * @param fields the object's declared fields; empty for free-form objects
 */
public record ObjectSpec(String name, Set<WriteMode> modes, List<FieldSpec> fields) {

  public ObjectSpec {
    modes = Set.copyOf(modes);
    fields = List.copyOf(fields);
  }
}
