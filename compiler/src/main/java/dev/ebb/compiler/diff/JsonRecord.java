package dev.ebb.compiler.diff;

import java.util.List;

/**
 * A sync's mapped record in a form the warehouse can render as JSON (see {@link JsonRecords}): the
 * fields in mapping order, dotted names nested into objects, each field's value a model column, a
 * constant or a plain text template.
 *
 * @param match the model column whose value finds the destination record, read beside the JSON
 */
public record JsonRecord(List<Field> fields, DiffColumn match) {

  public JsonRecord {
    fields = List.copyOf(fields);
  }

  /** One member of an object. */
  public record Field(String name, Value value) {}

  /** What a field holds. */
  public sealed interface Value permits Column, Constant, Template, Nested {}

  /** A model column's value. */
  public record Column(DiffColumn column) implements Value {}

  /** A constant from the mapping: a string, number, boolean or null. */
  public record Constant(Object value) implements Value {}

  /** Text and column values interpolated in order; a null column writes nothing. */
  public record Template(List<TemplatePart> parts) implements Value {
    public Template {
      parts = List.copyOf(parts);
    }
  }

  /** A piece of a {@link Template}: literal {@code text}, else the value of {@code column}. */
  public record TemplatePart(String text, DiffColumn column) {}

  /** A nested object (dotted field names). */
  public record Nested(List<Field> fields) implements Value {
    public Nested {
      fields = List.copyOf(fields);
    }
  }
}
