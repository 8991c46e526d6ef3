package dev.ebb.compiler.sql;

import java.io.Reader;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.apache.calcite.util.SourceStringReader;

/**
 * Calcite's parsers, minus the cost of their error messages. On a syntax error a JavaCC parser
 * re-scans every lookahead to list the tokens it expected, which costs ten times a successful
 * parse. ebb tries the default parser before Babel, so failures are common on the fast path and
 * their message is never shown: these parsers fail cheaply, and a real error is re-parsed with
 * Calcite's own parser to report it.
 */
final class QuickFailParsers {

  static final SqlParserImplFactory DEFAULT =
      reader -> {
        SqlParserImpl parser =
            new SqlParserImpl(reader) {
              @Override
              public org.apache.calcite.sql.parser.impl.ParseException generateParseException() {
                return new org.apache.calcite.sql.parser.impl.ParseException(token, new int[0][], tokenImage);
              }
            };
        return withOriginal(parser, reader);
      };

  static final SqlParserImplFactory BABEL =
      reader -> {
        SqlBabelParserImpl parser =
            new SqlBabelParserImpl(reader) {
              @Override
              public org.apache.calcite.sql.parser.babel.ParseException generateParseException() {
                return new org.apache.calcite.sql.parser.babel.ParseException(token, new int[0][], tokenImage);
              }
            };
        return withOriginal(parser, reader);
      };

  private QuickFailParsers() {}

  private static SqlAbstractParserImpl withOriginal(SqlAbstractParserImpl parser, Reader reader) {
    if (reader instanceof SourceStringReader source) {
      parser.setOriginalSql(source.getSourceString());
    }
    return parser;
  }
}
