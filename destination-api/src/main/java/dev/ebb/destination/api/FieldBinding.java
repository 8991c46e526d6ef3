package dev.ebb.destination.api;

/**
 * A mapped field as the sync defines it.
 *
 * @param name the destination field; dots mean nesting ({@code properties.email})
 * @param type the type of the model column it comes from, or {@link FieldType#ANY}
 */
public record FieldBinding(String name, FieldType type) {}
