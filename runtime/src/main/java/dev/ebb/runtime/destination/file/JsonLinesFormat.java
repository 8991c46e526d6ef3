package dev.ebb.runtime.destination.file;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.OutboundRecord;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code {"op":"upsert","key":"42","match":...,"record":{...},"idempotency_key":"..."}}. */
final class JsonLinesFormat implements LineFormat {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  @Override
  public String extension() {
    return "jsonl";
  }

  @Override
  public String header(ObjectBinding binding) {
    return null;
  }

  @Override
  public String line(OutboundRecord record, ObjectBinding binding) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("op", record.operation().name().toLowerCase(Locale.ROOT));
    line.put("key", record.key());
    line.put("match", record.matchValue());
    line.put("record", record.fields());
    line.put("idempotency_key", record.idempotencyKey());
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
