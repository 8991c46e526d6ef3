package dev.ebb.compiler.model;

/**
 * A column of a declared warehouse table.
 *
 * @param type the SQL type as written ({@code null} when missing: then any use type-checks), e.g. {@code VARCHAR}, {@code DECIMAL(38, 9)}, {@code
 *     TIMESTAMP WITH TIME ZONE}
 */
public record SourceColumn(String name, String type, String description, Locations locations) {}
