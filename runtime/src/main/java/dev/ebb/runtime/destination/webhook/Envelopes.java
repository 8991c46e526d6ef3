package dev.ebb.runtime.destination.webhook;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ebb.destination.api.OutboundRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the default JSON envelope of records ({@code op, key, object, match, record,
 * idempotency_key}) straight into a request body with a streaming generator: no intermediate maps,
 * and the JSON-ready values of {@link OutboundRecord#fields} written without a serializer lookup.
 */
final class Envelopes {

  private static final JsonFactory FACTORY =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build().getFactory();

  private final String object;
  /** Bytes per record of the last array written: sizes the next body, so it is never regrown. */
  private final AtomicInteger bytesPerRecord = new AtomicInteger(320);

  Envelopes(String object) {
    this.object = object;
  }

  byte[] one(OutboundRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      write(generator, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  byte[] array(List<OutboundRecord> records) {
    int perRecord = bytesPerRecord.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream(records.size() * (perRecord + perRecord / 16) + 2);
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      generator.writeStartArray();
      for (OutboundRecord record : records) {
        write(generator, record);
      }
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!records.isEmpty()) {
      bytesPerRecord.set(out.size() / records.size() + 1);
    }
    return out.toByteArray();
  }

  private void write(JsonGenerator generator, OutboundRecord record) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("op", op(record));
    generator.writeStringField("key", record.key());
    generator.writeStringField("object", object);
    generator.writeFieldName("match");
    value(generator, record.matchValue());
    if (!record.fields().isEmpty()) {
      generator.writeFieldName("record");
      value(generator, record.fields());
    }
    generator.writeStringField("idempotency_key", record.idempotencyKey());
    generator.writeEndObject();
  }

  static String op(OutboundRecord record) {
    return switch (record.operation()) {
      case INSERT -> "insert";
      case UPDATE -> "update";
      case UPSERT -> "upsert";
      case DELETE -> "delete";
    };
  }

  /** A JSON-ready value; anything else goes through the generator's data binding. */
  private static void value(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      generator.writeNumber(number);
    } else if (value instanceof Double number) {
      generator.writeNumber(number);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        value(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof Iterable<?> items) {
      generator.writeStartArray();
      for (Object item : items) {
        value(generator, item);
      }
      generator.writeEndArray();
    } else {
      generator.writeObject(value);
    }
  }
}
