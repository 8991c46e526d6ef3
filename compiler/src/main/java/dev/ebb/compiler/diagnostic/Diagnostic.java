package dev.ebb.compiler.diagnostic;

import java.util.Comparator;

/**
 * One problem found in a project, pointing at the user's file. User mistakes are always reported
 * as diagnostics, never thrown.
 *
 * @param hint an extra line telling the user what to do, or {@code null}
 */
public record Diagnostic(
    Severity severity, DiagnosticCode code, SourceLocation location, String message, String hint) {

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public static Diagnostic error(DiagnosticCode code, SourceLocation location, String message) {
    return new Diagnostic(Severity.ERROR, code, location, message, null);
  }

  public static Diagnostic error(
      DiagnosticCode code, SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, location, message, hint);
  }

  public static Diagnostic warning(DiagnosticCode code, SourceLocation location, String message) {
    return new Diagnostic(Severity.WARNING, code, location, message, null);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:column: error[EBB104]: message}, the line format of {@code ebb validate}. */
  public String headline() {
    return location + ": " + severity.label() + "[" + code.id() + "]: " + message;
  }
}
