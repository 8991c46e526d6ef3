package dev.ebb.runtime.destination.webhook;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A Mustache template compiled once, escaping values for where they land: inside a URL, inside a
 * JSON string, or in a header (line breaks removed).
 */
final class Templates {

  enum Escaping {
    URL,
    JSON,
    HEADER
  }

  private final Mustache mustache;

  private Templates(Mustache mustache) {
    this.mustache = mustache;
  }

  static Templates compile(String template, String name, Escaping escaping) {
    DefaultMustacheFactory factory = new EscapingFactory(escaping);
    return new Templates(factory.compile(new StringReader(template), name));
  }

  String render(Object scope) {
    StringWriter out = new StringWriter();
    mustache.execute(out, scope);
    return out.toString();
  }

  private static final class EscapingFactory extends DefaultMustacheFactory {
    private final Escaping escaping;

    EscapingFactory(Escaping escaping) {
      this.escaping = escaping;
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        switch (escaping) {
          case URL -> writer.write(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
          case JSON -> writer.write(JsonStringEncoder.getInstance().quoteAsString(value));
          case HEADER -> writer.write(value.replaceAll("[\\r\\n]+", " "));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
