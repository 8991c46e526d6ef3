package dev.ebb.compiler.project;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code {{env.NAME}}} references in config values, as a whole value or embedded in a
 * longer string. An unset variable is reported with its name and where it is referenced; the
 * resolved values themselves never appear in any message.
 */
public final class EnvResolver {

  private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*env\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  private final Map<String, String> environment;

  /** @param environment usually {@code System.getenv()}; a plain map in tests */
  public EnvResolver(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static boolean hasReference(String value) {
    return REFERENCE.matcher(value).find();
  }

  /** The string with every reference replaced; an unset variable is reported and becomes "". */
  public String resolve(String value, SourceLocation where, Diagnostics diagnostics) {
    Matcher matcher = REFERENCE.matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = environment.get(name);
      if (replacement == null) {
        diagnostics.error(
            DiagnosticCode.EBB109,
            where,
            "environment variable '" + name + "' is not set (referenced at " + where.file() + ":" + where.line() + ")",
            "export " + name + "=... before running ebb");
        replacement = "";
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  /** Resolves strings anywhere inside a value: a string, a list or a map. */
  public Object resolveValue(Object value, SourceLocation where, Diagnostics diagnostics) {
    if (value instanceof String text) {
      return resolve(text, where, diagnostics);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> resolveValue(item, where, diagnostics)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> resolved = new LinkedHashMap<>();
      map.forEach((key, item) -> resolved.put(String.valueOf(key), resolveValue(item, where, diagnostics)));
      return resolved;
    }
    return value;
  }

  /**
   * Resolves a map of settings (a destination's config, a target's settings), locating each
   * problem at the value's key, {@code keyPrefix + key} in {@code locations}.
   */
  public Map<String, Object> resolveAll(
      Map<String, Object> values, Locations locations, String keyPrefix, Diagnostics diagnostics) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> resolved.put(key, resolveValue(value, locations.of(keyPrefix + key), diagnostics)));
    return resolved;
  }
}
