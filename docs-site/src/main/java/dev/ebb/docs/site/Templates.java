package dev.ebb.docs.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The site's Mustache templates, from {@code dev/ebb/docs/site/templates/} on the classpath, each
 * compiled once and rendered from any thread.
 */
final class Templates {

  private final DefaultMustacheFactory factory = new DefaultMustacheFactory("dev/ebb/docs/site/templates");
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  String render(String template, Object scope) {
    Mustache mustache = compiled.computeIfAbsent(template, t -> factory.compile(t + ".mustache"));
    StringWriter out = new StringWriter();
    try {
      mustache.execute(out, scope).flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
