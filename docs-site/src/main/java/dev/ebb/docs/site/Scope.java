package dev.ebb.docs.site;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a template renders: named values, built fluently. Maps keep templates free of reflection. */
final class Scope extends LinkedHashMap<String, Object> {

  static Scope of() {
    return new Scope();
  }

  Scope with(String key, Object value) {
    put(key, value);
    return this;
  }

  static Map<String, Object> link(String label, String href) {
    return of().with("label", label).with("href", href);
  }
}
