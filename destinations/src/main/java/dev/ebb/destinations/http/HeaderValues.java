package dev.ebb.destinations.http;

import java.util.Optional;

/**
 * Header values that would end the header early: a CR or LF lets a value (a template filled from a
 * record, an env var) add headers or a body of its own to the request.
 */
public final class HeaderValues {

  private HeaderValues() {}

  public static Optional<String> problem(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        return Optional.of("header '" + name + "' has a line break in its value");
      }
    }
    return Optional.empty();
  }
}
