package dev.ebb.compiler.text;

/** Shaping messages that come from elsewhere (a driver, a parser) for one line of ebb's output. */
public final class Messages {

  private Messages() {}

  /**
   * The first line of {@code text}, without surrounding blanks: drivers and parsers append
   * details, positions or stack-like context on further lines. Empty for {@code null}.
   */
  public static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
