package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.Arrays;
import java.util.List;

/**
 * A model's SQL after {@code {{vars.x}}} substitution, able to map a position in the rendered text
 * back to the line and column of the user's file.
 *
 * @param file the model file, project-relative
 * @param original the file's text as written
 * @param text the rendered SQL that Calcite parses
 * @param substitutions each replaced {@code {{...}}}, in text order
 */
record RenderedSql(String file, String original, String text, List<Substitution> substitutions) {

  /**
   * One replaced reference.
   *
   * @param renderedStart offset of the value in {@link #text}
   * @param renderedLength length of the value
   * @param originalStart offset of the {@code {{} in the original text
   * @param originalLength length of the whole {@code {{...}}}
   */
  record Substitution(int renderedStart, int renderedLength, int originalStart, int originalLength) {}

  RenderedSql {
    substitutions = List.copyOf(substitutions);
  }

  /** Where a 1-based line and column of the rendered text sits in the user's file. */
  SourceLocation locate(int line, int column) {
    return locateOffset(offsetOf(text, line, column));
  }

  /** Where an offset of the rendered text sits in the user's file. */
  SourceLocation locateOffset(int renderedOffset) {
    int shift = 0;
    for (Substitution s : substitutions) {
      if (renderedOffset < s.renderedStart()) {
        break;
      }
      if (renderedOffset < s.renderedStart() + s.renderedLength()) {
        return locationOf(s.originalStart());
      }
      shift = s.originalStart() + s.originalLength() - (s.renderedStart() + s.renderedLength());
    }
    return locationOf(renderedOffset + shift);
  }

  SourceLocation locationOf(int originalOffset) {
    int[] starts = lineStarts(original);
    int index = Arrays.binarySearch(starts, originalOffset);
    int line = index >= 0 ? index : -index - 2;
    return new SourceLocation(file, line + 1, originalOffset - starts[line] + 1);
  }

  /** The offset in {@code text} of a 1-based line and column. */
  static int offsetOf(String text, int line, int column) {
    int[] starts = lineStarts(text);
    int index = Math.min(Math.max(line, 1), starts.length) - 1;
    return Math.min(starts[index] + Math.max(column, 1) - 1, text.length());
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
