package dev.ebb.compiler.diagnostic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The values of {@code --format} and the renderer each one selects. */
public enum DiagnosticFormat {
  TEXT(TextDiagnosticRenderer::new),
  JSON(JsonDiagnosticRenderer::new),
  GITHUB(GithubDiagnosticRenderer::new),
  JUNIT(JunitDiagnosticRenderer::new);

  private final Supplier<DiagnosticRenderer> renderer;

  DiagnosticFormat(Supplier<DiagnosticRenderer> renderer) {
    this.renderer = renderer;
  }

  public DiagnosticRenderer renderer() {
    return renderer.get();
  }

  /** The lower-case name used on the command line. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DiagnosticFormat> fromOption(String value) {
    return Arrays.stream(values()).filter(f -> f.optionValue().equals(value)).findFirst();
  }
}
