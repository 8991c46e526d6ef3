package dev.ebb.compiler.diff;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.JsonRendering;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SQL expression of a {@link JsonRecord}'s JSON text over the diff table's columns, in a
 * warehouse that can write it exactly ({@link Dialect#json()}); empty when any part of it cannot.
 */
final class RecordJsonSql {

  private final Dialect dialect;
  private final JsonRendering json;
  private final Function<DiffColumn, String> column;

  private RecordJsonSql(Dialect dialect, JsonRendering json, Function<DiffColumn, String> column) {
    this.dialect = dialect;
    this.json = json;
    this.column = column;
  }

  /** @param column a model column as the diff table holds it: a quoted name, or an expression */
  static Optional<String> of(JsonRecord record, Dialect dialect, Function<DiffColumn, String> column) {
    return dialect.json().flatMap(json -> new RecordJsonSql(dialect, json, column).object(record.fields()).map(json::readable));
  }

  private Optional<String> object(List<JsonRecord.Field> fields) {
    List<JsonRendering.Member> members = new ArrayList<>();
    for (JsonRecord.Field field : fields) {
      Optional<String> value = value(field.value());
      if (value.isEmpty()) {
        return Optional.empty();
      }
      members.add(new JsonRendering.Member(field.name(), value.get()));
    }
    return json.object(members);
  }

  private Optional<String> value(JsonRecord.Value value) {
    if (value instanceof JsonRecord.Column column) {
      return json.value(this.column.apply(column.column()), column.column().sqlType());
    }
    if (value instanceof JsonRecord.Nested nested) {
      return object(nested.fields());
    }
    if (value instanceof JsonRecord.Template template) {
      return template(template);
    }
    return constant(((JsonRecord.Constant) value).value());
  }

  private Optional<String> template(JsonRecord.Template template) {
    List<String> parts = new ArrayList<>();
    for (JsonRecord.TemplatePart part : template.parts()) {
      if (part.column() == null) {
        parts.add(dialect.stringLiteral(part.text()));
        continue;
      }
      Optional<String> text = json.templateText(column.apply(part.column()), part.column().sqlType());
      if (text.isEmpty()) {
        return Optional.empty();
      }
      parts.add("COALESCE(" + text.get() + ", '')");
    }
    return Optional.of(parts.size() == 1 ? parts.get(0) : "(" + dialect.concat(parts) + ")");
  }

  /** A mapping constant as a typed literal, written by the same rules as a column of its type. */
  private Optional<String> constant(Object constant) {
    if (constant == null) {
      return Optional.of("NULL");
    }
    if (constant instanceof String text) {
      return json.value("CAST(" + dialect.stringLiteral(text) + " AS " + dialect.textType() + ")", "VARCHAR");
    }
    if (constant instanceof Boolean flag) {
      return json.value(flag ? "TRUE" : "FALSE", "BOOLEAN");
    }
    if (constant instanceof Long || constant instanceof Integer || constant instanceof Short) {
      return json.value("CAST(" + constant + " AS " + dialect.bigintType() + ")", "BIGINT");
    }
    if (constant instanceof Double || constant instanceof Float) {
      double number = ((Number) constant).doubleValue();
      // The literal is the double's shortest text; the cast to a double gives that double back.
      return Double.isFinite(number) ? json.value(Double.toString(number), "DOUBLE") : Optional.empty();
    }
    BigDecimal decimal = constant instanceof BigInteger big ? new BigDecimal(big)
        : constant instanceof BigDecimal d ? d : null;
    if (decimal == null) {
      return Optional.empty();
    }
    BigDecimal plain = decimal.setScale(Math.max(decimal.scale(), 0));
    int scale = plain.scale();
    int precision = Math.max(plain.precision(), scale + 1);
    return json.value(
        "CAST(" + plain.toPlainString() + " AS DECIMAL(" + precision + ", " + scale + "))",
        "DECIMAL(" + precision + ", " + scale + ")");
  }
}
