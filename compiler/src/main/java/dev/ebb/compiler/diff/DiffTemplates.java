package dev.ebb.compiler.diff;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.ebb.compiler.dialect.Dialect;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The diff statements' Mustache templates: {@code dialects/<name>/<statement>.sql.mustache}, else
 * {@code dialects/common/<statement>.sql.mustache}. A warehouse overrides a statement by adding
 * its own file; the expressions that differ inside statements come from the {@link Dialect}.
 *
 * <p>Values are written as they are (no HTML escaping): everything placed in a template is already
 * a quoted identifier, an escaped literal or an expression built from them. A template marks a
 * bind parameter as {@code {{#param}}up_to_seq{{/param}}}, which renders {@code ?} and records it.
 */
final class DiffTemplates {

  private static final Map<String, DiffTemplates> BY_DIALECT = new ConcurrentHashMap<>();

  private final Factory factory;

  private DiffTemplates(String dialect) {
    this.factory = new Factory(dialect);
  }

  static DiffTemplates of(Dialect dialect) {
    return BY_DIALECT.computeIfAbsent(dialect.name(), DiffTemplates::new);
  }

  SqlStatement render(String statement, Map<String, Object> scope) {
    List<SqlStatement.Param> params = new ArrayList<>();
    Map<String, Object> withParams = new HashMap<>(scope);
    withParams.put(
        "param",
        (Function<String, String>)
            name -> {
              params.add(SqlStatement.Param.valueOf(name.strip().toUpperCase(Locale.ROOT)));
              return "?";
            });
    Mustache mustache = factory.compile(statement + ".sql.mustache");
    StringWriter out = new StringWriter();
    mustache.execute(out, withParams);
    return new SqlStatement(statement, out.toString().strip(), params);
  }

  private static final class Factory extends DefaultMustacheFactory {
    private final String dialect;

    Factory(String dialect) {
      this.dialect = dialect;
    }

    @Override
    public Reader getReader(String resourceName) {
      for (String folder : List.of(dialect, "common")) {
        var in =
            DiffTemplates.class
                .getClassLoader()
                .getResourceAsStream("dialects/" + folder + "/" + resourceName);
        if (in != null) {
          return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
      }
      throw new IllegalStateException("no template dialects/{" + dialect + ",common}/" + resourceName);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
