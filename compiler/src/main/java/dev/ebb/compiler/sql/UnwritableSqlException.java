package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostic;
import java.util.List;

/**
 * A model's SQL uses constructs a warehouse cannot write with the same meaning: the located
 * errors say which and where. Thrown when a statement asks for the model's SQL anyway.
 */
public final class UnwritableSqlException extends IllegalArgumentException {

  private final transient List<Diagnostic> diagnostics;

  UnwritableSqlException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::headline).reduce((a, b) -> a + "\n" + b).orElse("unwritable SQL"));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
