package dev.ebb.compiler.diagnostic;

/**
 * Turns a command's diagnostics into the text a user or a CI system reads ({@code --format
 * text|json|github|junit}).
 */
public interface DiagnosticRenderer {

  /** The whole output, ending with a newline. */
  String render(DiagnosticReport report);
}
