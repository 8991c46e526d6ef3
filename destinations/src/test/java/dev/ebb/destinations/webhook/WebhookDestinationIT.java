package dev.ebb.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.destination.api.WriteResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WebhookDestinationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectBinding BINDING =
      new ObjectBinding(
          "hv_customers", "run-1", "contacts", WriteMode.UPSERT, "email",
          List.of(new FieldBinding("email", FieldType.STRING), new FieldBinding("ltv", FieldType.DECIMAL)));

  private final WebhookDestinationFactory factory = new WebhookDestinationFactory();

  private ObjectWriter open(Map<String, Object> config) throws DestinationException {
    DestinationConfig resolved = new DestinationConfig("hook", "webhook", config, Path.of("."));
    assertThat(factory.configSpec().check(config)).isEmpty();
    assertThat(factory.validate(resolved)).isEmpty();
    return factory.open(resolved, TestingDestinationContext.system()).open(BINDING);
  }

  private static OutboundRecord record(String key, String email) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("email", email);
    fields.put("ltv", new BigDecimal("100.10"));
    fields.put("properties", Map.of("name", "Ada \"A\" L"));
    return new OutboundRecord(key, Operation.UPSERT, email, fields, "idem-" + key);
  }

  @Test
  void singleModeSendsOneSignedRequestPerRecordWithTemplatedUrlAndHeaders() throws Exception {
    try (TestingHttpSink sink = new TestingHttpSink(r -> TestingHttpSink.Answer.ok())) {
      Map<String, Object> config = new HashMap<>();
      config.put("url", sink.url("/contacts/{{email}}"));
      config.put("method", "PUT");
      config.put("headers", Map.of("X-Object", "{{ebb.object}}-{{ebb.op}}"));
      config.put("signing_secret", "s3cret");
      ObjectWriter writer = open(config);

      WriteResult result =
          writer.write(new RecordBatch("b1", List.of(record("1", "ada@x.io"), record("2", "bo b@x.io"))));

      assertThat(result.outcomes()).containsExactly(RecordOutcome.ACCEPTED, RecordOutcome.ACCEPTED);
      assertThat(sink.received).hasSize(2);
      TestingHttpSink.Received first = sink.received.get(0);
      assertThat(first.method()).isEqualTo("PUT");
      assertThat(first.path()).isEqualTo("/contacts/ada%40x.io");
      assertThat(sink.received.get(1).path()).isEqualTo("/contacts/bo%20b%40x.io");
      assertThat(first.header("Idempotency-Key")).isEqualTo("idem-1");
      assertThat(first.header("X-Object")).isEqualTo("contacts-upsert");
      assertThat(first.header("Content-Type")).isEqualTo("application/json");
      String expected =
          "sha256="
              + new RequestSigner("s3cret", Clock.systemUTC())
                  .signature(first.header("X-Ebb-Timestamp"), first.body());
      assertThat(first.header("X-Ebb-Signature")).isEqualTo(expected);
      JsonNode body = JSON.readTree(first.body());
      assertThat(body.get("op").asText()).isEqualTo("upsert");
      assertThat(body.get("key").asText()).isEqualTo("1");
      assertThat(body.get("idempotency_key").asText()).isEqualTo("idem-1");
      assertThat(first.text()).contains("\"ltv\":100.10");
      assertThat(body.get("record").get("properties").get("name").asText()).isEqualTo("Ada \"A\" L");
    }
  }

  @Test
  void batchModeSendsOneArrayWithTheBatchIdAsIdempotencyKey() throws Exception {
    try (TestingHttpSink sink = new TestingHttpSink(r -> TestingHttpSink.Answer.ok())) {
      ObjectWriter writer = open(Map.of("url", sink.url("/bulk"), "batch", true));

      WriteResult result =
          writer.write(new RecordBatch("batch-7", List.of(record("1", "a@x.io"), record("2", "b@x.io"))));

      assertThat(result.outcomes()).hasSize(2).containsOnly(RecordOutcome.ACCEPTED);
      assertThat(sink.received).hasSize(1);
      assertThat(sink.received.get(0).header("Idempotency-Key")).isEqualTo("batch-7");
      JsonNode body = JSON.readTree(sink.received.get(0).body());
      assertThat(body.isArray()).isTrue();
      assertThat(body.get(1).get("match").asText()).isEqualTo("b@x.io");
    }
  }

  @Test
  void recordsWhoseJsonTheWarehouseBuiltAreEmbeddedAsTheyAre() throws Exception {
    String json = "{\"email\":\"é@x.io\",\"ltv\":100.10,\"properties\":{\"name\":\"Ada \\\"A\\\" L 😀\"}}";
    try (TestingHttpSink sink = new TestingHttpSink(r -> TestingHttpSink.Answer.ok())) {
      ObjectWriter batch = open(Map.of("url", sink.url("/bulk/{{ebb.run_id}}"), "batch", true));
      ObjectWriter single = open(Map.of("url", sink.url("/one")));
      assertThat(batch.acceptsFieldsJson()).isTrue();
      assertThat(single.acceptsFieldsJson()).isTrue();

      OutboundRecord record = new OutboundRecord("1", Operation.UPSERT, "é@x.io", Map.of(), "idem-1", json);
      batch.write(new RecordBatch("b1", List.of(record, record("2", "b@x.io"))));
      single.write(new RecordBatch("b2", List.of(record)));

      JsonNode array = JSON.readTree(sink.received.get(0).body());
      assertThat(array.get(0).get("record")).isEqualTo(JSON.readTree(json));
      assertThat(array.get(0).get("idempotency_key").asText()).isEqualTo("idem-1");
      assertThat(array.get(1).get("record").get("email").asText()).isEqualTo("b@x.io");
      assertThat(JSON.readTree(sink.received.get(1).body()).get("record")).isEqualTo(JSON.readTree(json));
    }
  }

  @Test
  void templatesThatSeeARecordNeedItsFieldValues() throws Exception {
    assertThat(open(Map.of("url", "http://127.0.0.1:9/t", "body", "{\"k\": \"{{ebb.key}}\"}")).acceptsFieldsJson())
        .isFalse();
    assertThat(open(Map.of("url", "http://127.0.0.1:9/c/{{email}}")).acceptsFieldsJson()).isFalse();
    assertThat(open(Map.of("url", "http://127.0.0.1:9/c", "headers", Map.of("X-Email", "{{email}}")))
        .acceptsFieldsJson()).isFalse();
    assertThat(open(Map.of("url", "http://127.0.0.1:9/c/{{ebb.sync}}", "batch", true)).acceptsFieldsJson()).isTrue();
  }

  @Test
  void bodyTemplateEscapesValuesAsJsonStrings() throws Exception {
    try (TestingHttpSink sink = new TestingHttpSink(r -> TestingHttpSink.Answer.ok())) {
      ObjectWriter writer =
          open(
              Map.of(
                  "url", sink.url("/t"),
                  "body", "{\"name\": \"{{properties.name}}\", \"key\": \"{{ebb.key}}\", \"r\": {{{ebb.record_json}}}}"));

      writer.write(new RecordBatch("b", List.of(record("9", "c@x.io"))));

      JsonNode body = JSON.readTree(sink.received.get(0).body());
      assertThat(body.get("name").asText()).isEqualTo("Ada \"A\" L");
      assertThat(body.get("key").asText()).isEqualTo("9");
      assertThat(body.get("r").get("email").asText()).isEqualTo("c@x.io");
    }
  }

  @Test
  void classifiesAnswersIntoRejectedThrottledAndRetryable() throws Exception {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().plusSeconds(30).atOffset(ZoneOffset.UTC));
    try (TestingHttpSink sink =
        new TestingHttpSink(
            r ->
                switch (r.path()) {
                  case "/bad" -> TestingHttpSink.Answer.status(422, "email is invalid " + "x".repeat(2_000));
                  case "/slow" -> new TestingHttpSink.Answer(429, Map.of("Retry-After", "7"), "", 0);
                  default -> new TestingHttpSink.Answer(503, Map.of("Retry-After", date), "down", 0);
                })) {
      WriteResult rejected =
          open(Map.of("url", sink.url("/bad"))).write(new RecordBatch("b", List.of(record("1", "a"))));
      assertThat(rejected.outcomes().get(0))
          .isInstanceOfSatisfying(
              RecordOutcome.Rejected.class,
              r -> assertThat(r.reason()).startsWith("HTTP 422: email is invalid").hasSizeLessThan(600));

      WriteResult throttled =
          open(Map.of("url", sink.url("/slow")))
              .write(new RecordBatch("b", List.of(record("1", "a"), record("2", "b"))));
      assertThat(throttled.outcomes().get(0))
          .isEqualTo(new RecordOutcome.Retryable("HTTP 429: ", Duration.ofSeconds(7), true));
      assertThat(sink.received).hasSize(2); // the second record was held back

      DestinationException down =
          org.junit.jupiter.api.Assertions.assertThrows(
              DestinationException.class,
              () ->
                  open(Map.of("url", sink.url("/down"), "batch", true))
                      .write(new RecordBatch("b", List.of(record("1", "a")))));
      assertThat(down.isRetryable()).isTrue();
      assertThat(down.isThrottled()).isFalse();
      assertThat(down.retryAfter()).get().satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
    }
  }

  @Test
  void unreachableOrDroppedConnectionsAreRetryable() throws Exception {
    try (TestingHttpSink sink = new TestingHttpSink(r -> TestingHttpSink.Answer.drop())) {
      WriteResult dropped =
          open(Map.of("url", sink.url("/x"))).write(new RecordBatch("b", List.of(record("1", "a"))));
      assertThat(dropped.outcomes().get(0)).isInstanceOf(RecordOutcome.Retryable.class);
    }
    WriteResult refused =
        open(Map.of("url", "http://127.0.0.1:9/x", "timeout_seconds", 2))
            .write(new RecordBatch("b", List.of(record("1", "a"))));
    assertThat(refused.outcomes().get(0)).isInstanceOf(RecordOutcome.Retryable.class);
  }
}
