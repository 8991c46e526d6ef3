package dev.ebb.engine.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the engine and of the runtime above it. A mapper is costly to build and
 * thread-safe once built, so one is shared; what differs per use (indentation) is a writer.
 */
public final class Json {

  /** Jackson's defaults: compact output, unknown properties fail a typed read. */
  public static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** Indented output, for documents people read ({@code --format json}, the status API's pages). */
  public static final ObjectWriter INDENTED = MAPPER.writer(SerializationFeature.INDENT_OUTPUT);

  private Json() {}
}
