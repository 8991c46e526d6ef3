package dev.ebb.destination.api;

/** The sync modes a destination can serve (SPEC §6); mirrors {@code mode:} in syncs/*.yml. */
public enum WriteMode {
  INSERT,
  UPDATE,
  UPSERT,
  MIRROR,
  ALL
}
