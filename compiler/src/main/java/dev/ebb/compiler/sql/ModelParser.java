package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.Collection;
import java.util.Optional;
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

  private ModelParser() {}

  static Optional<SqlNode> parse(RenderedSql sql, Diagnostics diagnostics) {
    if (onlyComments(sql.text())) {
      diagnostics.error(
          DiagnosticCode.EBB137,
          SourceLocation.of(sql.file()),
          "model file has no SQL",
          "write one SELECT statement; the file name is the model name");
      return Optional.empty();
    }
    SqlNodeList statements;
    try {
      statements = parse(sql.text(), WarehouseSql.QUICK_PARSER);
    } catch (SqlParseException | RuntimeException standardError) {
      try {
        statements = parse(sql.text(), WarehouseSql.QUICK_BABEL_PARSER);
      } catch (SqlParseException | RuntimeException babelError) {
        reportSyntax(sql, diagnostics);
        return Optional.empty();
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
    return Optional.of(WarehouseFunctions.rebind(statement, sql.text()));
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
  private static void reportSyntax(RenderedSql sql, Diagnostics diagnostics) {
    SqlParseException error;
    try {
      parse(sql.text(), WarehouseSql.PARSER);
      diagnostics.error(DiagnosticCode.EBB130, SourceLocation.of(sql.file()), "syntax error");
      return;
    } catch (SqlParseException e) {
      error = e;
    }
    SqlParserPos pos = error.getPos();
    SourceLocation at = pos == null ? SourceLocation.of(sql.file()) : locate(sql, pos);
    String first = firstLine(error.getMessage());
    String message = "syntax error: " + first.replaceAll(" at line \\d+, column \\d+\\.?", "");
    diagnostics.error(DiagnosticCode.EBB130, at, message, expectedHint(error.getExpectedTokenNames()));
  }

  private static String expectedHint(Collection<String> expected) {
    if (expected == null || expected.isEmpty() || expected.size() > MAX_EXPECTED_SHOWN) {
      return null;
    }
    return "expected one of: " + String.join(" ", expected.stream().sorted().toList());
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).trim();
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
