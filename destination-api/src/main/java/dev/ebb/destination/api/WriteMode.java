package dev.ebb.destination.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How a sync turns the diff (rows added, changed or removed since the snapshot) into destination
 * operations, as {@code mode:} in syncs/*.yml names it; a destination says which modes it serves in
 * its capabilities.
 */
public enum WriteMode {
  /** Sends added rows. */
  INSERT,
  /** Sends added and changed rows as updates; records missing in the destination are skipped. */
  UPDATE,
  /** Sends added and changed rows. */
  UPSERT,
  /** Sends added, changed and removed rows (deletes). */
  MIRROR,
  /** Sends every current row every run. */
  ALL;

  /** The name as written after {@code mode:}, e.g. {@code upsert}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode {@code mode:} names, if any (names are lower case). */
  public static Optional<WriteMode> fromYaml(String value) {
    for (WriteMode mode : values()) {
      if (mode.yamlName().equals(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
