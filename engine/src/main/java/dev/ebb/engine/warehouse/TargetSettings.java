package dev.ebb.engine.warehouse;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.Suggestions;
import dev.ebb.compiler.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a target's settings for a connector, collecting every problem (missing, invalid, unknown
 * settings) instead of stopping at the first, and hides secrets in messages. The problems become
 * located diagnostics in profiles.yml ({@link #report}) or one line of a {@link WarehouseException}
 * ({@link #requireComplete}).
 */
final class TargetSettings {

  /** Settings whose values never appear in a message. */
  static final Set<String> SECRET_KEYS =
      Set.of("password", "private_key_passphrase", "private_key", "token", "secret", "keyfile_json",
          "secret_access_key", "session_token");

  /** Settings any target may hold, read by other parts of ebb than the warehouse connection. */
  static final Set<String> COMMON_KEYS = Set.of("state");

  private record Problem(DiagnosticCode code, String key, String message, String hint) {}

  private final Target target;
  private final List<String> missing = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  TargetSettings(Target target) {
    this.target = target;
  }

  Target target() {
    return target;
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

  boolean has(String key) {
    return optional(key).isPresent();
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
      if (has(key)) {
        return;
      }
    }
    missing.add(String.join(" or ", keys));
  }

  /** Notes that two settings were both given where only one of them may be. */
  void exclusive(String first, String second) {
    if (has(first) && has(second)) {
      invalid(second, "'" + first + "' and '" + second + "' exclude each other", "keep one of them");
    }
  }

  /** The value as a TCP port, or null after noting it as invalid. */
  String port(String key, String fallback) {
    String value = orDefault(key, fallback);
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port < 65536) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    invalid(key, "'" + key + "' must be a port number (1-65535), not '" + value + "'", null);
    return null;
  }

  /** The value when it is one of {@code allowed} (default {@code fallback}), else null after noting it. */
  String oneOf(String key, String fallback, List<String> allowed) {
    String value = orDefault(key, fallback).toLowerCase(Locale.ROOT);
    if (allowed.contains(value)) {
      return value;
    }
    invalid(key, "'" + key + "' must be one of " + String.join(", ", allowed) + ", not '" + value + "'",
        Suggestions.didYouMean(value, allowed));
    return null;
  }

  /** Notes a setting whose value cannot be used; {@code hint} may be null. */
  void invalid(String key, String message, String hint) {
    problems.add(new Problem(DiagnosticCode.EBB231, key, message, hint));
  }

  /** Every problem as located diagnostics in the profile: missing, invalid and unknown settings. */
  void report(Set<String> knownKeys, Diagnostics diagnostics) {
    for (String key : missing) {
      diagnostics.error(
          DiagnosticCode.EBB230,
          target.locations().node(),
          describe(target) + " needs setting '" + key + "'",
          "add it under outputs." + target.name() + " in " + target.file());
    }
    for (Problem problem : problems) {
      diagnostics.error(
          problem.code(), target.locations().of(problem.key()), describe(target) + ": " + problem.message(), problem.hint());
    }
    Set<String> known = new TreeSet<>(knownKeys);
    known.addAll(COMMON_KEYS);
    for (String key : new TreeSet<>(target.settings().keySet())) {
      if (!known.contains(key)) {
        diagnostics.error(
            DiagnosticCode.EBB232,
            target.locations().of(key),
            describe(target) + ": unknown setting '" + key + "'",
            Suggestions.closest(key, known)
                .map(s -> "did you mean '" + s + "'?")
                .orElse("settings of a " + target.type() + " target: " + String.join(", ", known)));
      }
    }
  }

  /** Throws every missing or invalid setting as one message, when there is any. */
  void requireComplete() {
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("missing setting" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing.stream().map(k -> "'" + k + "'").toList()));
    }
    problems.forEach(p -> parts.add(p.message()));
    if (!parts.isEmpty()) {
      throw new WarehouseException(describe(target) + ": " + String.join("; ", parts) + " in " + target.file());
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
