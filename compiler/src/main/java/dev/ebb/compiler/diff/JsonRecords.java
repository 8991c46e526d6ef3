package dev.ebb.compiler.diff;

import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a mapping can be rendered as JSON by the warehouse, and describes it as a {@link
 * JsonRecord} if so. The Java mapper stays the reference: only what SQL can reproduce exactly is
 * taken, that is model columns, constants, dotted paths, and templates made of plain text and
 * {@code {{column}}} tags. Sections, partials, triple mustaches, dotted tags, a field that is both
 * a value and a parent of another, or a column the mapper would not find under its exact name
 * (the mapper looks names up as written) keep the sync on the Java path.
 */
public final class JsonRecords {

  /** A plain variable tag; anything else inside {{ }} (sigils, dots, spaces inside) is not taken. */
  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_$]*)\\s*}}");

  private JsonRecords() {}

  /**
   * @param columns the model's output columns by their exact names
   */
  public static Optional<JsonRecord> of(
      List<FieldMapping> mapping, String matchColumn, Map<String, DiffColumn> columns) {
    DiffColumn match = columns.get(matchColumn);
    if (match == null || mapping.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    for (FieldMapping field : mapping) {
      Optional<JsonRecord.Value> value = value(field.source(), columns);
      if (value.isEmpty() || !put(tree, field.field().split("\\."), value.get())) {
        return Optional.empty();
      }
    }
    return Optional.of(new JsonRecord(fields(tree), match));
  }

  private static Optional<JsonRecord.Value> value(FieldSource source, Map<String, DiffColumn> columns) {
    if (source instanceof FieldSource.Column column) {
      return Optional.ofNullable(columns.get(column.column())).map(JsonRecord.Column::new);
    }
    if (source instanceof FieldSource.Constant constant) {
      return Optional.of(new JsonRecord.Constant(constant.value()));
    }
    return template(((FieldSource.Template) source).template(), columns);
  }

  static Optional<JsonRecord.Value> template(String template, Map<String, DiffColumn> columns) {
    if (template.contains("{{{")) {
      return Optional.empty(); // a triple mustache, or text ending in { before a tag
    }
    List<JsonRecord.TemplatePart> parts = new ArrayList<>();
    Matcher tag = TAG.matcher(template);
    int at = 0;
    while (tag.find()) {
      DiffColumn column = columns.get(tag.group(1));
      if (!plainText(template.substring(at, tag.start())) || column == null) {
        return Optional.empty();
      }
      if (tag.start() > at) {
        parts.add(new JsonRecord.TemplatePart(template.substring(at, tag.start()), null));
      }
      parts.add(new JsonRecord.TemplatePart(null, column));
      at = tag.end();
    }
    if (!plainText(template.substring(at))) {
      return Optional.empty();
    }
    if (at < template.length()) {
      parts.add(new JsonRecord.TemplatePart(template.substring(at), null));
    }
    return Optional.of(new JsonRecord.Template(parts));
  }

  /** Text between tags: any further {{ is a tag of another kind. */
  private static boolean plainText(String text) {
    return !text.contains("{{");
  }

  /**
   * Places a value at its path (split as the Java mapper splits it); false when the path clashes
   * with a value placed before.
   */
  @SuppressWarnings("unchecked")
  private static boolean put(Map<String, Object> tree, String[] path, JsonRecord.Value value) {
    if (path.length == 0) {
      return false;
    }
    Map<String, Object> node = tree;
    for (int i = 0; i < path.length - 1; i++) {
      Object child = node.computeIfAbsent(path[i], name -> new LinkedHashMap<String, Object>());
      if (!(child instanceof Map)) {
        return false;
      }
      node = (Map<String, Object>) child;
    }
    return node.putIfAbsent(path[path.length - 1], value) == null;
  }

  @SuppressWarnings("unchecked")
  private static List<JsonRecord.Field> fields(Map<String, Object> tree) {
    List<JsonRecord.Field> fields = new ArrayList<>();
    tree.forEach((name, node) -> fields.add(new JsonRecord.Field(name,
        node instanceof Map<?, ?> children
            ? new JsonRecord.Nested(fields((Map<String, Object>) children))
            : (JsonRecord.Value) node)));
    return fields;
  }
}
