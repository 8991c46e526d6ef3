package dev.ebb.compiler.model;

import java.util.Locale;
import java.util.Optional;

/** How a sync turns the diff into destination operations (SPEC §6). */
public enum SyncMode {
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

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SyncMode> fromYaml(String value) {
    for (SyncMode mode : values()) {
      if (mode.yamlName().equals(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
