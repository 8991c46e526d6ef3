package dev.ebb.compiler.model;

/**
 * One line of a sync's {@code mapping:}.
 *
 * @param field the destination field; dots build nested objects ({@code properties.email})
 */
public record FieldMapping(String field, FieldSource source) {}
