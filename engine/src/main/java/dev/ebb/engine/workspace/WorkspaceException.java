package dev.ebb.engine.workspace;

import dev.ebb.compiler.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The project cannot be connected: a missing profile, an unset environment variable, an unknown
 * destination type. Carries located diagnostics; never a secret value.
 */
public final class WorkspaceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public WorkspaceException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::headline).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
