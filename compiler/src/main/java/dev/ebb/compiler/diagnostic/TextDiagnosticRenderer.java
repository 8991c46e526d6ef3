package dev.ebb.compiler.diagnostic;

/**
 * The terminal format: {@code path:line:column: error[EBB104]: message}, the hint indented on the
 * next line, and a summary line at the end.
 */
public final class TextDiagnosticRenderer implements DiagnosticRenderer {

  @Override
  public String render(DiagnosticReport report) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : report.diagnostics()) {
      out.append(diagnostic.headline()).append('\n');
      if (diagnostic.hint() != null && !diagnostic.hint().isBlank()) {
        out.append("  hint: ").append(diagnostic.hint()).append('\n');
      }
    }
    return out.append(report.summary()).append('\n').toString();
  }
}
