package dev.ebb.compiler.testing;

import dev.ebb.compiler.dialect.Dialect;
import java.util.Map;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses SQL ebb wrote for a warehouse with JSqlParser, a parser that shares no code with
 * Calcite, set to that warehouse's lexical rules (quoting, string escapes). A statement it
 * refuses is SQL the warehouse would most likely refuse too.
 */
public final class IndependentSqlParser {

  /** JSqlParser has no Redshift or DuckDB mode: both read SQL the PostgreSQL way. */
  private static final Map<String, AbstractJSqlParser.Dialect> DIALECTS =
      Map.of(
          "duckdb", AbstractJSqlParser.Dialect.POSTGRESQL,
          "postgres", AbstractJSqlParser.Dialect.POSTGRESQL,
          "redshift", AbstractJSqlParser.Dialect.POSTGRESQL,
          "snowflake", AbstractJSqlParser.Dialect.SNOWFLAKE,
          "bigquery", AbstractJSqlParser.Dialect.BIGQUERY,
          "databricks", AbstractJSqlParser.Dialect.DATABRICKS);

  private IndependentSqlParser() {}

  /**
   * @throws AssertionError naming the dialect and showing the SQL when it does not parse
   */
  public static Statement parse(String sql, Dialect dialect) {
    AbstractJSqlParser.Dialect mode = DIALECTS.get(dialect.name());
    if (mode == null) {
      throw new IllegalArgumentException("no independent parser for " + dialect.name());
    }
    try {
      return CCJSqlParserUtil.parse(
          sql,
          parser -> {
            parser.withDialect(mode).withTimeOut(10_000);
            if (mode == AbstractJSqlParser.Dialect.BIGQUERY || mode == AbstractJSqlParser.Dialect.DATABRICKS) {
              parser.withBackslashEscapeCharacter(true);
            }
          });
    } catch (JSQLParserException e) {
      String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new AssertionError("JSqlParser (" + mode + ") refuses SQL written for " + dialect.name() + ": " + reason + "\n" + sql, e);
    }
  }
}
