package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{vars.name}}} in model SQL with the project var's value, written as-is: a
 * string var is inserted without quotes, so {@code '{{vars.country}}'} is how SQL gets a string
 * literal and {@code {{vars.table}}} can name an identifier. Numbers and booleans are inserted as
 * Java prints them.
 */
final class VarSubstitution {

  private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*vars\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final Pattern ANY_TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

  private VarSubstitution() {}

  /** The rendered SQL, or empty when a reference cannot be resolved (reported as EBB108). */
  static Optional<RenderedSql> render(Model model, Map<String, Object> vars, Diagnostics diagnostics) {
    String sql = model.sql();
    StringBuilder text = new StringBuilder(sql.length());
    List<RenderedSql.Substitution> substitutions = new ArrayList<>();
    RenderedSql unresolved = new RenderedSql(model.file(), sql, sql, List.of());
    boolean ok = true;
    Matcher matcher = ANY_TEMPLATE.matcher(sql);
    int copied = 0;
    while (matcher.find()) {
      text.append(sql, copied, matcher.start());
      copied = matcher.end();
      Matcher reference = REFERENCE.matcher(matcher.group());
      Object value = reference.matches() ? vars.get(reference.group(1)) : null;
      if (value == null) {
        ok = false;
        report(reference.matches() ? reference.group(1) : null, matcher.group(), vars, unresolved.locationOf(matcher.start()), diagnostics);
        continue;
      }
      String rendered = String.valueOf(value);
      substitutions.add(new RenderedSql.Substitution(text.length(), rendered.length(), matcher.start(), matcher.group().length()));
      text.append(rendered);
    }
    if (!ok) {
      return Optional.empty();
    }
    text.append(sql, copied, sql.length());
    return Optional.of(new RenderedSql(model.file(), sql, text.toString(), substitutions));
  }

  private static void report(
      String name, String written, Map<String, Object> vars, dev.ebb.compiler.diagnostic.SourceLocation at, Diagnostics diagnostics) {
    String defined = vars.isEmpty() ? "ebb_project.yml defines no vars" : "defined vars: " + String.join(", ", new TreeSet<>(vars.keySet()));
    if (name == null) {
      diagnostics.error(
          DiagnosticCode.EBB108, at, "'" + written + "' is not a var reference; model SQL accepts only {{vars.name}}", defined);
      return;
    }
    String hint = Suggestions.closest(name, vars.keySet())
        .map(s -> "did you mean '{{vars." + s + "}}'? " + defined)
        .orElse("add '" + name + ":' under 'vars:' in ebb_project.yml; " + defined);
    diagnostics.error(DiagnosticCode.EBB108, at, "var '" + name + "' is not defined", hint);
  }
}
