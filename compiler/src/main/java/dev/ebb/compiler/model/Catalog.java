package dev.ebb.compiler.model;

import java.util.List;

/** Every warehouse table the project may read: what offline validation checks models against. */
public record Catalog(List<SourceTable> tables) {

  public static final Catalog EMPTY = new Catalog(List.of());

  public Catalog {
    tables = List.copyOf(tables);
  }
}
