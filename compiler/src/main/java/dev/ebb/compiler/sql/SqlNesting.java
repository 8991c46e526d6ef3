package dev.ebb.compiler.sql;

import java.util.OptionalInt;

/**
 * Measures how deeply a query nests parentheses and {@code CASE ... END} before it is parsed:
 * Calcite's parser and validator recurse once (or more) per level, so a query nested thousands of
 * levels deep would overflow the stack. Strings, quoted identifiers and comments are skipped.
 */
final class SqlNesting {

  /** Far deeper than any query written by hand, and well within the parser's stack. */
  static final int MAX_DEPTH = 100;

  private SqlNesting() {}

  /** The offset of the first opening that goes deeper than {@link #MAX_DEPTH}, if one does. */
  static OptionalInt tooDeep(String sql) {
    int depth = 0;
    int i = 0;
    int length = sql.length();
    while (i < length) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(sql, i, c);
      } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? length : end + 1;
      } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
      } else if (c == '(' || c == ')') {
        depth += c == '(' ? 1 : -1;
        if (depth > MAX_DEPTH) {
          return OptionalInt.of(i);
        }
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
          end++;
        }
        if (end - i == 4 && sql.regionMatches(true, i, "case", 0, 4)) {
          if (++depth > MAX_DEPTH) {
            return OptionalInt.of(i);
          }
        } else if (end - i == 3 && sql.regionMatches(true, i, "end", 0, 3)) {
          depth--;
        }
        i = end;
      } else {
        i++;
      }
    }
    return OptionalInt.empty();
  }

  /** The offset after a quoted string or identifier; a doubled quote stays inside. */
  private static int skipQuoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
