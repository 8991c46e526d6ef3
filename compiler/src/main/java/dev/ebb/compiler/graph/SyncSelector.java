package dev.ebb.compiler.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code --select}/{@code --exclude} argument: {@code name}, {@code tag:hourly}, {@code
 * model:m}, {@code destination:d}, {@code state:modified} or {@code state:new}, with dbt's
 * optional {@code +} prefix (also the syncs it runs after) and suffix (also the syncs that run
 * after it). A name may use {@code *} as a wildcard.
 */
public record SyncSelector(Kind kind, String value, boolean upstream, boolean downstream, String text) {

  /** The part before the colon; {@link #NAME} has none. */
  public enum Kind {
    NAME,
    TAG,
    MODEL,
    DESTINATION,
    STATE;

    public String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Kind> fromPrefix(String prefix) {
      return Arrays.stream(values())
          .filter(k -> k != NAME && k.prefix().equals(prefix))
          .findFirst();
    }

    static List<String> prefixes() {
      return Arrays.stream(values()).filter(k -> k != NAME).map(Kind::prefix).toList();
    }
  }

  /** The values {@code state:} accepts. */
  public static final List<String> STATES = List.of("modified", "new");

  public boolean matchesName(String name) {
    if (!value.contains("*")) {
      return value.equals(name);
    }
    String regex =
        Arrays.stream(value.split("\\*", -1)).map(Pattern::quote).reduce((a, b) -> a + ".*" + b).orElse("");
    return name.matches(regex);
  }

  @Override
  public String toString() {
    return text;
  }
}
