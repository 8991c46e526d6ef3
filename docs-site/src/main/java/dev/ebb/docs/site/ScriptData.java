package dev.ebb.docs.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * Data embedded as {@code window.NAME = {...};} in a script file: browsers refuse {@code fetch} of
 * local files, so this is how pages opened from file:// get their data.
 */
final class ScriptData {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScriptData() {}

  static String assign(String variable, Object value) {
    try {
      // "</" would end an inline script early; "<\/" is the same string to JavaScript.
      return "window." + variable + " = " + JSON.writeValueAsString(value).replace("</", "<\\/") + ";\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
