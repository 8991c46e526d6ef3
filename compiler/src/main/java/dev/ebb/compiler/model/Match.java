package dev.ebb.compiler.model;

/** How a model row finds its destination record: model column {@code column} = field {@code field}. */
public record Match(String column, String field) {}
