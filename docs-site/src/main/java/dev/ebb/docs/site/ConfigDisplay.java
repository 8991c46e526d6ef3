package dev.ebb.docs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A destination's config as the docs show it. References such as {@code {{env.HUBSPOT_TOKEN}}}
 * are shown as written; a literal value under a secret-looking key is masked, because the site is
 * read by people who must not see credentials that were (wrongly) written in plain text.
 */
final class ConfigDisplay {

  static final String MASK = "•••••• (literal secret hidden; use {{env.NAME}})";

  private static final Pattern SECRET_KEY =
      Pattern.compile(".*(password|passwd|secret|token|api_?key|private_?key|credential|auth).*");
  private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*env\\.[A-Za-z0-9_]+\\s*}}");

  record Entry(String key, String value, boolean reference, boolean masked) {}

  private ConfigDisplay() {}

  static List<Entry> entries(Map<String, Object> config) {
    List<Entry> entries = new ArrayList<>();
    flatten("", config, entries);
    return entries;
  }

  private static void flatten(String prefix, Map<?, ?> config, List<Entry> entries) {
    config.forEach((k, v) -> {
      String key = prefix + k;
      if (v instanceof Map<?, ?> nested) {
        flatten(key + ".", nested, entries);
      } else {
        entries.add(entry(key, v));
      }
    });
  }

  private static Entry entry(String key, Object value) {
    String text = value == null ? "null" : String.valueOf(value);
    boolean reference = value instanceof String s && REFERENCE.matcher(s).find();
    boolean secret = SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    if (secret && !reference && value != null) {
      return new Entry(key, MASK, false, true);
    }
    return new Entry(key, text, reference, false);
  }
}
