package dev.ebb.compiler.model;

/** A CSV file under {@code seeds/}, loaded into the warehouse by {@code ebb seed}. */
public record Seed(String name, String file) {}
