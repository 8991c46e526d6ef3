package dev.ebb.destinations.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.destination.api.DestinationFactory;
import java.util.ServiceLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDestinationTest {

  @TempDir Path project;

  private final ObjectBinding binding =
      new ObjectBinding(
          "sync", "run-1", "contacts", WriteMode.MIRROR, "email",
          List.of(
              new FieldBinding("email", FieldType.STRING),
              new FieldBinding("ltv", FieldType.DECIMAL),
              new FieldBinding("props.note", FieldType.STRING)));

  private DestinationContext context() {
    return new DestinationContext() {
          @Override
          public Path projectDir() {
            return project;
          }

          @Override
          public Clock clock() {
            return Clock.systemUTC();
          }
        };
  }

  private ObjectWriter open(String format) throws DestinationException {
    DestinationContext context = context();
    DestinationFactory factory = ServiceLoader.load(DestinationFactory.class).stream()
        .map(ServiceLoader.Provider::get).filter(f -> f.type().equals("file")).findFirst().orElseThrow();
    return factory
        .open(new DestinationConfig("out", "file", Map.of("path", "out", "format", format), project), context)
        .open(binding);
  }

  private static List<OutboundRecord> records() {
    return List.of(
        new OutboundRecord(
            "1", Operation.UPSERT, "a@x.io", fields(),
            "i1"),
        new OutboundRecord("2", Operation.DELETE, "b@x.io", Map.of(), "i2"));
  }

  private static Map<String, Object> fields() {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("email", "a@x.io");
    fields.put("ltv", new BigDecimal("10.50"));
    fields.put("props", Map.of("note", "hi, \"you\""));
    return fields;
  }

  @Test
  void writesOneJsonLinePerOperationAndAppendsOnResume() throws Exception {
    try (ObjectWriter writer = open("jsonl")) {
      assertThat(writer.write(new RecordBatch("b1", records())).outcomes()).hasSize(2);
    }
    try (ObjectWriter resumed = open("jsonl")) {
      resumed.write(new RecordBatch("b2", records().subList(0, 1)));
    }

    List<String> lines = Files.readAllLines(project.resolve("out/contacts/run-1.jsonl"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"op\":\"upsert\",\"key\":\"1\",\"match\":\"a@x.io\",\"record\":"
                + "{\"email\":\"a@x.io\",\"ltv\":10.50,\"props\":{\"note\":\"hi, \\\"you\\\"\"}},"
                + "\"idempotency_key\":\"i1\"}");
    assertThat(lines.get(1)).startsWith("{\"op\":\"delete\",\"key\":\"2\",\"match\":\"b@x.io\"");
  }

  @Test
  void jsonLinesEmbedTheRecordJsonTheWarehouseBuilt() throws Exception {
    String json = "{\"email\":\"a@x.io\",\"ltv\":10.50,\"props\":{\"note\":\"hi, \\\"you\\\"\"}}";
    try (ObjectWriter writer = open("jsonl")) {
      assertThat(writer.acceptsFieldsJson()).isTrue();
      writer.write(new RecordBatch("b1", List.of(
          new OutboundRecord("1", Operation.UPSERT, "a@x.io", Map.of(), "i1", json))));
    }
    try (ObjectWriter csv = open("csv")) {
      assertThat(csv.acceptsFieldsJson()).isFalse();
    }

    assertThat(Files.readAllLines(project.resolve("out/contacts/run-1.jsonl")))
        .containsExactly(
            "{\"op\":\"upsert\",\"key\":\"1\",\"match\":\"a@x.io\",\"record\":" + json
                + ",\"idempotency_key\":\"i1\"}");
  }

  @Test
  void writesCsvWithAHeaderOnceAndQuotedCells() throws Exception {
    try (ObjectWriter writer = open("csv")) {
      writer.write(new RecordBatch("b1", records()));
    }
    try (ObjectWriter resumed = open("csv")) {
      resumed.write(new RecordBatch("b2", records().subList(1, 2)));
    }

    assertThat(Files.readAllLines(project.resolve("out/contacts/run-1.csv")))
        .containsExactly(
            "op,key,email,ltv,props.note",
            "upsert,1,a@x.io,10.50,\"hi, \"\"you\"\"\"",
            "delete,2,,,",
            "delete,2,,,");
  }

  @Test
  void refusesObjectNamesThatLeaveTheFolder() {
    ObjectBinding escaping =
        new ObjectBinding("s", "run-1", "../etc", WriteMode.ALL, "id", List.of());
    DestinationConfig config = new DestinationConfig("out", "file", Map.of("path", "out"), project);
    assertThatThrownBy(
            () ->
                new FileDestinationFactory()
                    .open(config, context())
                    .open(escaping))
        .isInstanceOf(DestinationException.class)
        .hasMessageContaining("cannot name a folder");
  }
}
