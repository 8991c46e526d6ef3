package dev.ebb.engine.mapping;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.mapping.FixedKeyMap;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a model row (column to JDBC value) through a sync's mapping to the fields of an {@link
 * OutboundRecord}. Templates are compiled once; an instance is immutable and thread-safe.
 */
public final class RecordMapper {

  private final List<CompiledField> fields;
  private final String matchColumn;
  private final int capacity;
  /** The field names when no field is nested: records are then one array over shared names. */
  private final FixedKeyMap.Keys flat;

  private RecordMapper(List<CompiledField> fields, String matchColumn) {
    this.fields = fields;
    this.matchColumn = matchColumn;
    this.capacity = (int) (fields.size() / 0.75f) + 1;
    this.flat =
        fields.stream().allMatch(f -> f.path.length == 1)
            ? new FixedKeyMap.Keys(fields.stream().map(f -> f.path[0]).toList())
            : null;
  }

  /**
   * @param matchColumn the model column whose value finds the destination record
   */
  public static RecordMapper of(List<FieldMapping> mapping, String matchColumn) {
    TemplateFactory factory = new TemplateFactory();
    List<CompiledField> compiled = new ArrayList<>();
    for (FieldMapping field : mapping) {
      compiled.add(new CompiledField(field.field().split("\\."), value(field, factory)));
    }
    return new RecordMapper(List.copyOf(compiled), matchColumn);
  }

  /** A sync's mapper; rows match by the sync's match column, else by the model's primary key. */
  public static RecordMapper forSync(Sync sync, String primaryKeyColumn) {
    String matchColumn = sync.match() == null ? primaryKeyColumn : sync.match().column();
    return of(sync.mapping(), matchColumn);
  }

  public OutboundRecord map(
      Map<String, Object> row, Operation operation, String key, String idempotencyKey) {
    Object matchValue = JsonValues.of(row.get(matchColumn));
    Map<String, Object> mapped = operation == Operation.DELETE ? Map.of() : fields(row);
    return new OutboundRecord(key, operation, matchValue, mapped, idempotencyKey);
  }

  /**
   * The record of a row whose mapped fields the warehouse wrote as JSON text ({@link
   * OutboundRecord#fieldsJson}); {@code row} needs only the match column.
   */
  public OutboundRecord mapJson(
      Map<String, Object> row, String fieldsJson, Operation operation, String key, String idempotencyKey) {
    Object matchValue = JsonValues.of(row.get(matchColumn));
    return operation == Operation.DELETE
        ? new OutboundRecord(key, operation, matchValue, Map.of(), idempotencyKey)
        : new OutboundRecord(key, operation, matchValue, Map.of(), idempotencyKey, fieldsJson);
  }

  /** The mapped fields of a row, in mapping order, dotted names nested into maps. */
  public Map<String, Object> fields(Map<String, Object> row) {
    if (flat != null) {
      Object[] values = new Object[fields.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = fields.get(i).value.of(row);
      }
      return flat.map(values);
    }
    Map<String, Object> result = new LinkedHashMap<>(capacity);
    for (CompiledField field : fields) {
      put(result, field.path, field.value.of(row));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> target, String[] path, Object value) {
    Map<String, Object> node = target;
    for (int i = 0; i < path.length - 1; i++) {
      Object child = node.get(path[i]);
      if (!(child instanceof Map)) {
        child = new LinkedHashMap<String, Object>();
        node.put(path[i], child);
      }
      node = (Map<String, Object>) child;
    }
    node.put(path[path.length - 1], value);
  }

  /** Only the columns a template reads, as JSON-ready values (decimals in plain notation). */
  private static Map<String, Object> templateScope(Map<String, Object> row, List<String> columns) {
    Map<String, Object> scope = new HashMap<>((int) (columns.size() / 0.75f) + 1);
    for (String column : columns) {
      if (row.containsKey(column)) {
        Object json = JsonValues.of(row.get(column));
        scope.put(column, json instanceof BigDecimal d ? d.toPlainString() : json);
      }
    }
    return scope;
  }

  private static FieldValue value(FieldMapping field, TemplateFactory factory) {
    FieldSource source = field.source();
    if (source instanceof FieldSource.Column column) {
      String name = column.column();
      return row -> JsonValues.of(row.get(name));
    }
    if (source instanceof FieldSource.Template template) {
      return new TemplateValue(
          factory.compile(new StringReader(template.template()), "mapping." + field.field()),
          template.columns());
    }
    Object constant = JsonValues.of(((FieldSource.Constant) source).value());
    return row -> constant;
  }

  private record CompiledField(String[] path, FieldValue value) {}

  private interface FieldValue {
    Object of(Map<String, Object> row);
  }

  private record TemplateValue(Mustache template, List<String> columns) implements FieldValue {
    @Override
    public Object of(Map<String, Object> row) {
      StringWriter out = new StringWriter(64);
      template.execute(out, templateScope(row, columns));
      return out.toString();
    }
  }

  /** Mapped values are data, not HTML: no escaping. */
  private static final class TemplateFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
