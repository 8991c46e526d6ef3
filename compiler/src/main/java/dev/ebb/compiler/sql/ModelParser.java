package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.text.Messages;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parses one model's rendered SQL into a single query. The default parser runs first; Babel only
 * when it fails, since it is slower. A syntax error is reported from the default parser, whose
 * messages describe standard SQL. Thread-safe: models may be parsed in parallel.
 */
final class ModelParser {

  private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final int MAX_EXPECTED_SHOWN = 6;
  /** Parses of one model before its syntax error is reported: each retry rewrites one word. */
  private static final int MAX_REWRITES = 64;

  private ModelParser() {}

  static Optional<SqlNode> parse(RenderedSql sql, Diagnostics diagnostics) {
    return parse(sql, WarehouseRules.ANY, diagnostics);
  }

  /**
   * @param rules the target warehouse's reserved words and type names: a word it does not reserve
   *     may be a name even where Calcite reserves it ({@link KeywordNames})
   */
  static Optional<SqlNode> parse(RenderedSql sql, WarehouseRules rules, Diagnostics diagnostics) {
    Optional<ParsedModel> parsed = parseModel(sql, rules, diagnostics);
    parsed.ifPresent(p -> CastTypes.standardize(p.query(), p.text(), rules, sql, diagnostics));
    return parsed.map(ParsedModel::query);
  }

  /**
   * The model's query with each cast's type as written ({@link WrittenType}), for compiled SQL:
   * validation reads them as standard types, the warehouse is to read what the user wrote.
   */
  static Optional<SqlNode> parseAsWritten(RenderedSql sql, Diagnostics diagnostics) {
    return parseModel(sql, WarehouseRules.ANY, diagnostics).map(ParsedModel::query);
  }

  /** A parsed query and the text it was parsed from: the model's, with some words rewritten in place. */
  private record ParsedModel(SqlNode query, String text) {}

  private static Optional<ParsedModel> parseModel(RenderedSql sql, WarehouseRules rules, Diagnostics diagnostics) {
    if (onlyComments(sql.text())) {
      diagnostics.error(
          DiagnosticCode.EBB137,
          SourceLocation.of(sql.file()),
          "model file has no SQL",
          "write one SELECT statement; the file name is the model name");
      return Optional.empty();
    }
    OptionalInt tooDeep = SqlNesting.tooDeep(sql.text());
    if (tooDeep.isPresent()) {
      diagnostics.error(
          DiagnosticCode.EBB119,
          sql.locateOffset(tooDeep.getAsInt()),
          "the SQL nests parentheses or CASE expressions more than " + SqlNesting.MAX_DEPTH + " levels deep",
          "flatten the expression, or compute parts of it in a CTE or another model");
      return Optional.empty();
    }
    String text = QuantifiedLike.disguise(GroupByAll.disguise(sql.text()));
    SqlNodeList statements = null;
    for (int attempt = 0; statements == null; attempt++) {
      try {
        statements = parse(text, WarehouseSql.QUICK_PARSER);
      } catch (SqlParseException | RuntimeException standardError) {
        try {
          statements = parse(text, WarehouseSql.QUICK_BABEL_PARSER);
        } catch (SqlParseException | RuntimeException babelError) {
          // Babel accepts more, so its error is the more telling one.
          String retry = attempt < MAX_REWRITES ? rewriteAt(text, positionOf(babelError), rules, sql, diagnostics) : null;
          if (retry == null) {
            retry = attempt < MAX_REWRITES ? rewriteAt(text, positionOf(standardError), rules, sql, diagnostics) : null;
          }
          if (retry == null) {
            reportSyntax(sql, text, rules, diagnostics);
            return Optional.empty();
          }
          text = retry;
        }
      }
    }
    if (statements.size() != 1) {
      SqlNode second = statements.get(Math.min(1, statements.size() - 1));
      diagnostics.error(
          DiagnosticCode.EBB131,
          locate(sql, second.getParserPosition()),
          "a model is one SELECT statement, found " + statements.size() + " statements",
          "move the other statements to their own model files");
      return Optional.empty();
    }
    SqlNode statement = statements.get(0);
    if (!statement.isA(SqlKind.QUERY)) {
      diagnostics.error(
          DiagnosticCode.EBB131,
          locate(sql, statement.getParserPosition()),
          "a model must be a SELECT query, not " + describe(statement.getKind()),
          "ebb only reads from the warehouse; write a SELECT (WITH ... SELECT is fine)");
      return Optional.empty();
    }
    if (!text.equals(sql.text())) {
      statement = QuantifiedLike.restore(statement);
      GroupByAll.expand(statement, rules, sql, diagnostics);
      KeywordNames.restore(statement);
    }
    return Optional.of(new ParsedModel(WarehouseFunctions.rebind(statement, text), text));
  }

  private static SqlParserPos positionOf(Exception error) {
    return error instanceof SqlParseException parse ? parse.getPos() : null;
  }

  /**
   * The text made parseable at a parse error, when the error is one ebb knows how to get past: a
   * warehouse's non-reserved word used as a name, or a warehouse type name with a precision.
   * Either rewrite keeps the text's length. {@code null} when neither applies.
   */
  private static String rewriteAt(String text, SqlParserPos pos, WarehouseRules rules, RenderedSql sql, Diagnostics diagnostics) {
    if (pos == null) {
      return null;
    }
    String typed = CastTypes.standardizeBefore(text, pos, rules, sql, diagnostics);
    return typed != null ? typed : KeywordNames.disguiseAt(text, pos, rules);
  }

  /** Whether the text has no SQL, only blanks and comments; most files start with SQL straight away. */
  private static boolean onlyComments(String text) {
    String start = text.stripLeading();
    if (!start.startsWith("--") && !start.startsWith("/*")) {
      return start.isEmpty();
    }
    return COMMENTS.matcher(text).replaceAll("").isBlank();
  }

  private static SqlNodeList parse(String text, SqlParser.Config config) throws SqlParseException {
    return SqlParser.create(text, config).parseStmtList();
  }

  /** Parses again with Calcite's own parser, whose error lists the tokens it expected. */
  private static void reportSyntax(RenderedSql sql, String text, WarehouseRules rules, Diagnostics diagnostics) {
    SqlParseException error;
    try {
      parse(text, WarehouseSql.PARSER);
      diagnostics.error(DiagnosticCode.EBB130, SourceLocation.of(sql.file()), "syntax error");
      return;
    } catch (SqlParseException e) {
      error = e;
    }
    SqlParserPos pos = error.getPos();
    SourceLocation at = pos == null ? SourceLocation.of(sql.file()) : locate(sql, pos);
    String word = KeywordNames.wordAt(text, pos);
    if (!word.isEmpty() && rules.reserves(word) && rules.name() != null && !isStructure(word)) {
      diagnostics.error(
          DiagnosticCode.EBB130,
          at,
          "syntax error: '" + word + "' is a reserved word on " + rules.name(),
          "quote it to use it as a name: \"" + word + "\"");
      return;
    }
    String first = parseFailure(restoreNames(error.getMessage()));
    String message = "syntax error: " + first.replaceAll(" at line \\d+, column \\d+\\.?", "");
    diagnostics.error(DiagnosticCode.EBB130, at, message, expectedHint(error.getExpectedTokenNames()));
  }

  /** Words that start or join clauses: a misplaced one is a plain syntax error, not a name. */
  private static boolean isStructure(String word) {
    return STRUCTURE.contains(word.toUpperCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> STRUCTURE =
      java.util.Set.of(
          "SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "BY", "LIMIT", "UNION", "EXCEPT", "INTERSECT", "JOIN", "ON",
          "AND", "OR", "NOT", "AS", "WITH", "CASE", "WHEN", "THEN", "ELSE", "END", "IN", "IS", "NULL", "LEFT", "RIGHT", "FULL",
          "INNER", "OUTER", "CROSS", "DISTINCT", "ALL", "BETWEEN", "LIKE", "OVER", "PARTITION", "WINDOW", "USING", "QUALIFY");

  private static String restoreNames(String message) {
    StringBuilder out = new StringBuilder(message.length());
    for (String part : message.split("(?<=\\W)|(?=\\W)")) {
      out.append(KeywordNames.restore(part));
    }
    return out.toString();
  }

  private static String expectedHint(Collection<String> expected) {
    if (expected == null || expected.isEmpty() || expected.size() > MAX_EXPECTED_SHOWN) {
      return null;
    }
    return "expected one of: " + String.join(" ", expected.stream().sorted().toList());
  }

  /** The parser's message, its first line only; a generic one when it gave none. */
  private static String parseFailure(String message) {
    return message == null ? "the statement cannot be parsed" : Messages.firstLine(message);
  }

  private static SourceLocation locate(RenderedSql sql, SqlParserPos pos) {
    return sql.locate(pos.getLineNum(), pos.getColumnNum());
  }

  private static String describe(SqlKind kind) {
    return switch (kind) {
      case INSERT, UPDATE -> "an " + kind.sql + " statement";
      default -> kind.belongsTo(SqlKind.DDL) ? "a DDL statement (" + kind.sql + ")" : "a " + kind.sql + " statement";
    };
  }
}
