package dev.ebb.destination.api;

/** What to do with one record in the destination. */
public enum Operation {
  INSERT,
  UPDATE,
  UPSERT,
  DELETE
}
