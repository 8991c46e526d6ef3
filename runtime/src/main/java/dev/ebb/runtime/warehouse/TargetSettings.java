package dev.ebb.runtime.warehouse;

import dev.ebb.compiler.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads a target's settings, collecting every missing one, and hides secrets in messages. */
final class TargetSettings {

  /** Settings whose values never appear in a message. */
  static final Set<String> SECRET_KEYS =
      Set.of("password", "private_key_passphrase", "private_key", "token", "secret");

  private final Target target;
  private final List<String> missing = new ArrayList<>();

  TargetSettings(Target target) {
    this.target = target;
  }

  Optional<String> optional(String key) {
    Object value = target.settings().get(key);
    return value == null || value.toString().isBlank()
        ? Optional.empty()
        : Optional.of(value.toString());
  }

  String orDefault(String key, String fallback) {
    return optional(key).orElse(fallback);
  }

  /** The value, or null after noting the key as missing; see {@link #requireComplete()}. */
  String required(String key) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      missing.add(key);
    }
    return value.orElse(null);
  }

  /** Notes a missing setting when none of the alternatives is set. */
  void requireOneOf(String... keys) {
    for (String key : keys) {
      if (optional(key).isPresent()) {
        return;
      }
    }
    missing.add(String.join(" or ", keys));
  }

  void requireComplete() {
    if (!missing.isEmpty()) {
      throw new WarehouseException(
          describe(target)
              + ": missing setting"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing.stream().map(k -> "'" + k + "'").toList())
              + " in "
              + target.file());
    }
  }

  /** {@code target 'dev' (postgres)}: how every message starts. */
  static String describe(Target target) {
    return "target '" + target.name() + "' (" + String.valueOf(target.type()).toLowerCase(Locale.ROOT) + ")";
  }

  /** The text with every secret setting's value replaced by {@code ***}. */
  static String scrub(Target target, String text) {
    String result = text == null ? "" : text;
    for (String key : SECRET_KEYS) {
      Object secret = target.settings().get(key);
      if (secret != null && !secret.toString().isEmpty()) {
        result = result.replace(secret.toString(), "***");
      }
    }
    return result;
  }
}
