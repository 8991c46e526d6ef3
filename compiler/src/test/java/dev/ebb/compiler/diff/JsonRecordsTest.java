package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

  private static final Map<String, DiffColumn> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("id", new DiffColumn("id", "BIGINT"));
    COLUMNS.put("first_name", new DiffColumn("first_name", "VARCHAR"));
    COLUMNS.put("last_name", new DiffColumn("last_name", "VARCHAR"));
  }

  private static FieldMapping column(String field, String column) {
    return new FieldMapping(field, new FieldSource.Column(column));
  }

  private static FieldMapping template(String field, String template) {
    return new FieldMapping(field, new FieldSource.Template(template, List.of()));
  }

  @Test
  void nestsDottedFieldsInTheOrderTheyFirstAppear() {
    JsonRecord record = JsonRecords.of(List.of(
        column("props.first", "first_name"),
        column("id", "id"),
        new FieldMapping("props.stage", new FieldSource.Constant("customer")),
        template("props.name", "Dear {{ first_name }} {{last_name}}!")), "id", COLUMNS).orElseThrow();

    assertThat(record.match()).isEqualTo(COLUMNS.get("id"));
    assertThat(record.fields()).extracting(JsonRecord.Field::name).containsExactly("props", "id");
    JsonRecord.Nested props = (JsonRecord.Nested) record.fields().get(0).value();
    assertThat(props.fields()).extracting(JsonRecord.Field::name).containsExactly("first", "stage", "name");
    assertThat(((JsonRecord.Template) props.fields().get(2).value()).parts()).containsExactly(
        new JsonRecord.TemplatePart("Dear ", null),
        new JsonRecord.TemplatePart(null, COLUMNS.get("first_name")),
        new JsonRecord.TemplatePart(" ", null),
        new JsonRecord.TemplatePart(null, COLUMNS.get("last_name")),
        new JsonRecord.TemplatePart("!", null));
  }

  @Test
  void leavesToTheJavaMapperWhatSqlWouldNotRenderTheSame() {
    for (String template : List.of(
        "{{#first_name}}x{{/first_name}}", "{{^first_name}}x{{/first_name}}", "{{> partial}}",
        "{{{first_name}}}", "{{&first_name}}", "{{first_name.length}}", "{{! comment}}", "{{=<% %>=}}",
        "{{missing}}", "{{First_Name}}", "{{first_name}} {{")) {
      assertThat(JsonRecords.of(List.of(template("f", template)), "id", COLUMNS)).as(template).isEmpty();
    }
    assertThat(JsonRecords.of(List.of(column("a", "id"), column("a.b", "id")), "id", COLUMNS)).isEmpty();
    assertThat(JsonRecords.of(List.of(column("a.b", "id"), column("a", "id")), "id", COLUMNS)).isEmpty();
    assertThat(JsonRecords.of(List.of(column("a", "ID")), "id", COLUMNS)).as("case differs").isEmpty();
    assertThat(JsonRecords.of(List.of(column("a", "id")), "Id", COLUMNS)).as("match column").isEmpty();
  }
}
