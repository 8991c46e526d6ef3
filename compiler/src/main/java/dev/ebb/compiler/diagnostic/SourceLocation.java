package dev.ebb.compiler.diagnostic;

import java.util.Comparator;

/**
 * A 1-based position in a project file. {@code file} is relative to the project root and always
 * uses forward slashes, so diagnostics read the same on every OS and in CI annotations.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::file)
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column);

  public SourceLocation {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    line = Math.max(line, 1);
    column = Math.max(column, 1);
  }

  /** The start of a file, for problems that concern a whole file. */
  public static SourceLocation of(String file) {
    return new SourceLocation(file, 1, 1);
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
