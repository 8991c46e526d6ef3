package dev.ebb.destinations.webhook;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ebb.destination.api.OutboundRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the default JSON envelope of records ({@code op, key, object, match, record,
 * idempotency_key}) straight into a request body with a streaming generator: no intermediate maps,
 * the JSON-ready values of {@link OutboundRecord#fields} written without a serializer lookup, and
 * a record's {@link OutboundRecord#fieldsJson} copied as it is.
 */
final class Envelopes {

  private static final JsonFactory FACTORY =
      JsonMapper.builder()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .build()
          .getFactory();
  private static final SerializableString OP = new SerializedString("op");
  private static final SerializableString KEY = new SerializedString("key");
  private static final SerializableString OBJECT = new SerializedString("object");
  private static final SerializableString MATCH = new SerializedString("match");
  private static final SerializableString RECORD = new SerializedString("record");
  private static final SerializableString IDEMPOTENCY_KEY = new SerializedString("idempotency_key");

  private final SerializedString object;
  /** Field names encoded once: the same few names are written into every record. */
  private final Map<String, SerializableString> names = new ConcurrentHashMap<>();

  Envelopes(String object) {
    this.object = new SerializedString(object);
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

  RequestBody array(List<OutboundRecord> records) {
    RequestBody.Writer out = new RequestBody.Writer();
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      generator.writeStartArray();
      for (OutboundRecord record : records) {
        write(generator, record);
      }
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.body();
  }

  private void write(JsonGenerator generator, OutboundRecord record) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(OP);
    generator.writeString(op(record));
    generator.writeFieldName(KEY);
    generator.writeString(record.key());
    generator.writeFieldName(OBJECT);
    generator.writeString(object);
    generator.writeFieldName(MATCH);
    value(generator, record.matchValue());
    if (record.fieldsJson() != null) {
      // Built by the warehouse (OutboundRecord#fieldsJson): written as it is.
      generator.writeFieldName(RECORD);
      generator.writeRawValue(new RawJson(record.fieldsJson()));
    } else if (!record.fields().isEmpty()) {
      generator.writeFieldName(RECORD);
      value(generator, record.fields());
    }
    generator.writeFieldName(IDEMPOTENCY_KEY);
    generator.writeString(record.idempotencyKey());
    generator.writeEndObject();
  }

  /** Names of a bounded set (mapped fields) are cached; others (keys of a JSON value) are not. */
  private SerializableString name(String name) {
    SerializableString encoded = names.get(name);
    if (encoded == null) {
      encoded = new SerializedString(name);
      if (names.size() < 1_024) {
        names.put(name, encoded);
      }
    }
    return encoded;
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
  private void value(JsonGenerator generator, Object value) throws IOException {
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
        generator.writeFieldName(name(String.valueOf(entry.getKey())));
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
