package dev.ebb.destination.api;

/** A field a destination object declares. */
public record FieldSpec(String name, FieldType type, boolean required) {}
