package dev.ebb.destination.api;

/** The type of a destination field, for mapping compatibility checks and table creation. */
public enum FieldType {
  STRING,
  INTEGER,
  DECIMAL,
  DOUBLE,
  BOOLEAN,
  DATE,
  TIMESTAMP,
  /** Nested objects or arrays. */
  JSON,
  /** Anything: no check. */
  ANY
}
