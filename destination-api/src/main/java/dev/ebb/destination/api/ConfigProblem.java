package dev.ebb.destination.api;

/**
 * A problem with a destination config, found without I/O.
 *
 * @param key the config key it concerns (dotted for nested keys), or {@code null} for the whole
 *     config
 * @param hint what to do about it, or {@code null}
 * @param kind what sort of problem it is: validation reports each kind under its own code
 */
public record ConfigProblem(String key, String message, String hint, Kind kind) {

  /** The sorts of problem a config can have. */
  public enum Kind {
    /** An unknown, missing or invalid value. */
    INVALID,
    /** A path that leaves the project folder. */
    OUTSIDE_PROJECT,
    /** A URL with another scheme than http(s), or aimed at a link-local or cloud metadata address. */
    BLOCKED_ADDRESS,
    /** A header value that would split the request (a line break). */
    HEADER_VALUE,
    /** A template that includes a partial, which would read a file. */
    TEMPLATE_PARTIAL
  }

  public ConfigProblem {
    kind = kind == null ? Kind.INVALID : kind;
  }

  public ConfigProblem(String key, String message, String hint) {
    this(key, message, hint, Kind.INVALID);
  }

  public static ConfigProblem of(String key, String message) {
    return new ConfigProblem(key, message, null);
  }
}
