package dev.ebb.compiler.diff;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import dev.ebb.compiler.dialect.Dialect;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * <p>A template reads the names of a {@link DiffScope}; one it does not have fails the render.
 * Values are written as they are (no HTML escaping): everything placed in a template is already
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

  SqlStatement render(String statement, DiffScope scope) {
    List<SqlStatement.Param> params = new ArrayList<>();
    List<Object> scopes = new ArrayList<>(scope.groups());
    scopes.add(
        new BindParameters(
            name -> {
              params.add(SqlStatement.Param.valueOf(name.strip().toUpperCase(Locale.ROOT)));
              return "?";
            }));
    Mustache mustache = factory.compile(statement + ".sql.mustache");
    StringWriter out = new StringWriter();
    mustache.execute(out, scopes);
    return new SqlStatement(statement, out.toString().strip(), params);
  }

  /** {@code {{#param}}name{{/param}}}: renders {@code ?} and records the parameter. */
  record BindParameters(Function<String, String> param) {}

  /**
   * Fails a template that reads a name no scope has, instead of rendering nothing in its place: a
   * misspelled name would otherwise leave a hole in the SQL that only the warehouse notices.
   */
  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
      throw new IllegalStateException("a diff template reads {{" + name + "}}, which DiffScope does not have");
    }
  }

  private static final class Factory extends DefaultMustacheFactory {
    private final String dialect;

    Factory(String dialect) {
      this.dialect = dialect;
      setObjectHandler(new StrictObjectHandler());
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
