package dev.ebb.destination.api;

/**
 * A problem with a destination config, found without I/O.
 *
 * @param key the config key it concerns (dotted for nested keys), or {@code null} for the whole
 *     config
 * @param hint what to do about it, or {@code null}
 */
public record ConfigProblem(String key, String message, String hint) {

  public static ConfigProblem of(String key, String message) {
    return new ConfigProblem(key, message, null);
  }
}
