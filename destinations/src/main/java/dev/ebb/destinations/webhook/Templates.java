package dev.ebb.destinations.webhook;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import dev.ebb.destination.api.ConfigProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A Mustache template compiled once, escaping values for where they land: inside a URL, inside a
 * JSON string, or in a header (line breaks removed). Partials ({@code {{> name}}}) resolve to
 * nothing: a template can never read a file and send it.
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

  /** Why a config template cannot be used (it includes a partial, or does not parse), if it cannot. */
  static Optional<ConfigProblem> problem(String key, String template) {
    if (!template.contains("{{")) {
      return Optional.empty();
    }
    try {
      compile(template, key, Escaping.JSON);
      return Optional.empty();
    } catch (MustacheNotFoundException partial) {
      return Optional.of(new ConfigProblem(
          key,
          key + " includes a partial ({{> ...}}): templates cannot read files",
          "write the text into the template itself",
          ConfigProblem.Kind.TEMPLATE_PARTIAL));
    } catch (MustacheException invalid) {
      return Optional.of(ConfigProblem.of(key, key + " is not a valid template: " + invalid.getMessage()));
    }
  }

  String render(Object scope) {
    StringWriter out = new StringWriter();
    mustache.execute(out, scope);
    return out.toString();
  }

  private static final class EscapingFactory extends DefaultMustacheFactory {
    private final Escaping escaping;

    EscapingFactory(Escaping escaping) {
      super(name -> null); // no partials: nothing is read from the class path or the file system
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
