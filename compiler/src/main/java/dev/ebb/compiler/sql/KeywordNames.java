package dev.ebb.compiler.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Lets warehouse SQL use Calcite's reserved words as names. Calcite reserves {@code date},
 * {@code timestamp}, {@code value}, {@code year}... while warehouses accept most of them as column
 * and table names, and real models use them all the time. Calcite's grammar is fixed when it is
 * built, so ebb works around it: when a parse fails at a word the target warehouse does not reserve,
 * that word is disguised as an ordinary identifier of the same length (its first letter moved to a
 * letter block no SQL keyword uses) and the text parsed again; afterwards every disguised name is
 * given back its spelling. The text keeps its length, so every position still points into the
 * user's file.
 */
final class KeywordNames {

  /** First letters {@code A-Z _ a-z} move to U+1E41..U+1E7A, which Calcite lexes as letters. */
  private static final char SHIFT = 0x1E00;

  /** Calcite's keywords: only these need disguising, any other word already is a name. */
  private static final SqlAbstractParserImpl.Metadata CALCITE = SqlParser.create("", WarehouseSql.PARSER).getMetadata();

  private KeywordNames() {}

  /**
   * The text with the word at a parse error disguised, or {@code null} when there is no such word
   * or the warehouse reserves it. A position on a dot ({@code t.date}) means the word after it.
   */
  static String disguiseAt(String text, SqlParserPos pos, WarehouseRules rules) {
    if (pos == null) {
      return null;
    }
    int offset = offsetOf(text, pos.getLineNum(), pos.getColumnNum());
    if (offset < 0 || offset >= text.length()) {
      return null;
    }
    // The parser reports the word it failed at, the token before it ("and timestamp", "- date"),
    // or the token after it ("sum(value)" fails at the parenthesis).
    String disguised = disguiseWordAt(text, offset, rules);
    if (disguised != null) {
      return disguised;
    }
    int before = offset;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    int wordStart = before;
    while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart < before && !isWordChar(text.charAt(offset))) {
      disguised = disguiseWordAt(text, wordStart, rules);
      if (disguised != null) {
        return disguised;
      }
    }
    int next = offset;
    if (text.charAt(next) == '\'' || text.charAt(next) == '"') {
      return null;
    }
    if (isWordChar(text.charAt(next))) {
      while (next < text.length() && isWordChar(text.charAt(next))) {
        next++;
      }
    } else {
      next++;
    }
    return disguiseWordAt(text, skipBlanks(text, next), rules);
  }

  private static String disguiseWordAt(String text, int offset, WarehouseRules rules) {
    offset = skipBlanks(text, offset);
    if (offset < text.length() && text.charAt(offset) == '.') {
      offset = skipBlanks(text, offset + 1);
    }
    int end = offset;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    if (end == offset || !isFirstChar(text.charAt(offset)) || (offset > 0 && isWordChar(text.charAt(offset - 1)))) {
      return null;
    }
    if (offset > 0 && (text.charAt(offset - 1) == '\'' || text.charAt(offset - 1) == '"')) {
      return null;
    }
    if (skipBlanks(text, end) < text.length() && text.charAt(skipBlanks(text, end)) == '(') {
      return null; // a function call: disguised, it would no longer be one
    }
    String word = text.substring(offset, end);
    if (rules.reserves(word) || !CALCITE.isKeyword(word.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return text.substring(0, offset) + disguise(text.charAt(offset)) + text.substring(offset + 1);
  }

  /** The letter that stands for a name's first letter in a disguised name. */
  static char disguise(char first) {
    return (char) (SHIFT + first);
  }

  /** The word at a position of the text, for messages; empty when none. */
  static String wordAt(String text, SqlParserPos pos) {
    int offset = pos == null ? -1 : offsetOf(text, pos.getLineNum(), pos.getColumnNum());
    if (offset < 0) {
      return "";
    }
    int end = offset;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return text.substring(offset, end);
  }

  /** Gives every disguised name in the tree its spelling back, in place. */
  static void restore(SqlNode node) {
    node.accept(
        new SqlBasicVisitor<Void>() {
          @Override
          public Void visit(SqlIdentifier id) {
            if (id.names.stream().anyMatch(KeywordNames::isDisguised)) {
              List<String> names = new ArrayList<>(id.names);
              names.replaceAll(KeywordNames::restore);
              List<SqlParserPos> positions = new ArrayList<>();
              for (int i = 0; i < names.size(); i++) {
                positions.add(id.getComponentParserPosition(i));
              }
              id.setNames(names, positions);
            }
            return null;
          }
        });
  }

  /** The spelling of a possibly disguised name. */
  static String restore(String name) {
    return isDisguised(name) ? (char) (name.charAt(0) - SHIFT) + name.substring(1) : name;
  }

  private static boolean isDisguised(String name) {
    return !name.isEmpty() && name.charAt(0) >= SHIFT + 'A' && name.charAt(0) <= SHIFT + 'z';
  }

  private static boolean isFirstChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isWordChar(char c) {
    return isFirstChar(c) || (c >= '0' && c <= '9') || c == '$';
  }

  private static int skipBlanks(String text, int offset) {
    while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
      offset++;
    }
    return offset;
  }

  /** The offset of a 1-based line and column (Calcite counts a tab as one column). */
  static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset);
      if (offset < 0) {
        return -1;
      }
      offset++;
    }
    int result = offset + column - 1;
    return result <= text.length() ? result : -1;
  }
}
