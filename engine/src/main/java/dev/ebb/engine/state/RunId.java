package dev.ebb.engine.state;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A run's id: a ULID (26 characters of Crockford base32, time first), so ids sort by creation
 * time as plain strings.
 */
public record RunId(String value) {

  private static final Pattern ULID = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");

  public RunId {
    if (value == null || !ULID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a run id (a ULID of 26 characters): " + value);
    }
  }

  public static RunId of(String value) {
    return new RunId(value);
  }

  /** Lower-cased: a readable, portable suffix for the names of the run's warehouse tables. */
  public String tableSuffix() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
