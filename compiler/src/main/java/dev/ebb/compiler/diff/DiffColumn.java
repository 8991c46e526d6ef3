package dev.ebb.compiler.diff;

import dev.ebb.compiler.dialect.ValueKind;

/**
 * A model column the diff reads: its name as the model outputs it and its SQL type as the
 * analysis reports it ({@code OutputColumn#type()}).
 */
public record DiffColumn(String name, String sqlType) {

  public ValueKind kind() {
    return ValueKind.of(sqlType);
  }
}
