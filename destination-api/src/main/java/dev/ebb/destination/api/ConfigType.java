package dev.ebb.destination.api;

/** The type of a destination config value as written in YAML. */
public enum ConfigType {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN,
  /** A map of string keys to string values, e.g. HTTP headers. */
  STRING_MAP,
  STRING_LIST
}
