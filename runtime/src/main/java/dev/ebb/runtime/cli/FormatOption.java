package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.DiagnosticFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --format text|json|github|junit} for diagnostics. */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converter.class,
      description = "How to print problems: text (default), json, github (workflow annotations), junit (XML).")
  DiagnosticFormat format = DiagnosticFormat.TEXT;

  static final class Converter implements ITypeConverter<DiagnosticFormat> {
    @Override
    public DiagnosticFormat convert(String value) {
      return DiagnosticFormat.fromOption(value)
          .orElseThrow(() -> new TypeConversionException("expected one of text, json, github, junit but was '" + value + "'"));
    }
  }
}
