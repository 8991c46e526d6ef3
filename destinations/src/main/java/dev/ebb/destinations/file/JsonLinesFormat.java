package dev.ebb.destinations.file;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.OutboundRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * {@code {"op":"upsert","key":"42","match":...,"record":{...},"idempotency_key":"..."}}; a record's
 * JSON text built by the warehouse ({@link OutboundRecord#fieldsJson}) is copied as it is.
 */
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
  public boolean acceptsFieldsJson() {
    return true;
  }

  @Override
  public String line(OutboundRecord record, ObjectBinding binding) {
    StringWriter line = new StringWriter(256);
    try (JsonGenerator generator = JSON.createGenerator(line)) {
      generator.writeStartObject();
      generator.writeStringField("op", record.operation().name().toLowerCase(Locale.ROOT));
      generator.writeStringField("key", record.key());
      generator.writeFieldName("match");
      generator.writeObject(record.matchValue());
      generator.writeFieldName("record");
      if (record.fieldsJson() != null) {
        generator.writeRawValue(record.fieldsJson());
      } else {
        generator.writeObject(record.fields());
      }
      generator.writeStringField("idempotency_key", record.idempotencyKey());
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }
}
