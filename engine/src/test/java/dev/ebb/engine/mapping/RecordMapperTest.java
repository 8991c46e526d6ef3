package dev.ebb.engine.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMapperTest {

  private final RecordMapper mapper =
      RecordMapper.of(
          List.of(
              new FieldMapping("email", new FieldSource.Column("email")),
              new FieldMapping("ltv", new FieldSource.Column("ltv")),
              new FieldMapping("properties.first", new FieldSource.Column("first_name")),
              new FieldMapping(
                  "properties.full_name",
                  new FieldSource.Template(
                      "{{first_name}} {{last_name}} <{{ltv}}>", List.of("first_name", "last_name", "ltv"))),
              new FieldMapping("stage", new FieldSource.Constant("customer")),
              new FieldMapping("active", new FieldSource.Column("active")),
              new FieldMapping("last_order_at", new FieldSource.Column("last_order_at")),
              new FieldMapping("signed_up_at", new FieldSource.Column("signed_up_at")),
              new FieldMapping("birthday", new FieldSource.Column("birthday")),
              new FieldMapping("orders", new FieldSource.Column("orders")),
              new FieldMapping("nickname", new FieldSource.Column("nickname"))),
          "email");

  private static Map<String, Object> row() {
    Map<String, Object> row = new HashMap<>();
    row.put("id", 42);
    row.put("email", "ada@example.com");
    row.put("first_name", "Ada");
    row.put("last_name", "O'Lovelace & co");
    row.put("ltv", new BigDecimal("1234.50"));
    row.put("active", true);
    row.put("last_order_at", Timestamp.valueOf("2024-03-01 10:15:30.5"));
    row.put("signed_up_at", OffsetDateTime.of(2023, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)));
    row.put("birthday", Date.valueOf("1815-12-10"));
    row.put("orders", 7);
    row.put("nickname", null);
    return row;
  }

  @Test
  void mapsColumnsTemplatesAndConstantsIntoNestedJsonReadyFields() {
    OutboundRecord record = mapper.map(row(), Operation.UPSERT, "42", "idem-42");

    assertThat(record.key()).isEqualTo("42");
    assertThat(record.matchValue()).isEqualTo("ada@example.com");
    assertThat(record.idempotencyKey()).isEqualTo("idem-42");
    Map<String, Object> fields = record.fields();
    assertThat(fields)
        .containsEntry("email", "ada@example.com")
        .containsEntry("ltv", new BigDecimal("1234.50"))
        .containsEntry("stage", "customer")
        .containsEntry("active", true)
        .containsEntry("last_order_at", "2024-03-01T10:15:30.5Z")
        .containsEntry("signed_up_at", "2023-01-02T03:04:05+02:00")
        .containsEntry("birthday", "1815-12-10")
        .containsEntry("orders", 7L)
        .containsEntry("nickname", null);
    assertThat(fields.get("properties"))
        .isEqualTo(Map.of("first", "Ada", "full_name", "Ada O'Lovelace & co <1234.50>"));
    assertThat(List.copyOf(fields.keySet()).subList(0, 3))
        .containsExactly("email", "ltv", "properties");
  }

  @Test
  void flatMappingsKeepTheMappingOrderToo() {
    RecordMapper flat =
        RecordMapper.of(
            List.of(
                new FieldMapping("z_email", new FieldSource.Column("email")),
                new FieldMapping("a_name", new FieldSource.Template("{{first_name}}!", List.of("first_name"))),
                new FieldMapping("m_stage", new FieldSource.Constant("customer")),
                new FieldMapping("b_nickname", new FieldSource.Column("nickname"))),
            "email");

    Map<String, Object> fields = flat.map(row(), Operation.UPSERT, "42", "idem-42").fields();

    assertThat(List.copyOf(fields.keySet())).containsExactly("z_email", "a_name", "m_stage", "b_nickname");
    assertThat(fields)
        .containsEntry("z_email", "ada@example.com")
        .containsEntry("a_name", "Ada!")
        .containsEntry("m_stage", "customer")
        .containsEntry("b_nickname", null);
  }

  @Test
  void deletesCarryOnlyTheMatchValue() {
    OutboundRecord record = mapper.map(row(), Operation.DELETE, "42", "idem-42");

    assertThat(record.fields()).isEmpty();
    assertThat(record.matchValue()).isEqualTo("ada@example.com");
  }
}
