package dev.ebb.compiler.diagnostic;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=EBB104::message}),
 * which GitHub turns into annotations on the pull request's changed lines.
 */
public final class GithubDiagnosticRenderer implements DiagnosticRenderer {

  @Override
  public String render(DiagnosticReport report) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : report.diagnostics()) {
      SourceLocation location = diagnostic.location();
      String message =
          diagnostic.hint() == null || diagnostic.hint().isBlank()
              ? diagnostic.message()
              : diagnostic.message() + "\nhint: " + diagnostic.hint();
      out.append("::")
          .append(diagnostic.severity().label())
          .append(" file=")
          .append(escapeProperty(location.file()))
          .append(",line=")
          .append(location.line())
          .append(",col=")
          .append(location.column())
          .append(",title=")
          .append(escapeProperty(diagnostic.code().id()))
          .append("::")
          .append(escapeData(message))
          .append('\n');
    }
    // A plain line is shown in the log as it is.
    return out.append(report.summary()).append('\n').toString();
  }

  /** The escaping GitHub's toolkit applies to a command's message. */
  static String escapeData(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Properties additionally escape the characters that separate them. */
  static String escapeProperty(String value) {
    return escapeData(value).replace(":", "%3A").replace(",", "%2C");
  }
}
