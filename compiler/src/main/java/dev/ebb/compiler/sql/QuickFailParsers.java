package dev.ebb.compiler.sql;

import java.io.Reader;
import java.util.function.Function;
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
 *
 * <p>Each thread keeps one parser per grammar and re-initialises it for every statement: a new
 * JavaCC parser allocates some 40 KB of buffers, which for a thousand models is a garbage
 * collection of its own.
 */
final class QuickFailParsers {

  static final SqlParserImplFactory DEFAULT = reusedPerThread(QuickDefault::new);

  static final SqlParserImplFactory BABEL = reusedPerThread(QuickBabel::new);

  private QuickFailParsers() {}

  /** A parser that can start over on a new statement, forgetting the previous one. */
  private interface Restartable {
    SqlAbstractParserImpl restart(Reader reader);
  }

  private static SqlParserImplFactory reusedPerThread(Function<Reader, Restartable> create) {
    ThreadLocal<Restartable> parsers = new ThreadLocal<>();
    return reader -> {
      Restartable parser = parsers.get();
      if (parser == null) {
        parser = create.apply(reader);
        parsers.set(parser);
      }
      return withOriginal(parser.restart(reader), reader);
    };
  }

  private static SqlAbstractParserImpl withOriginal(SqlAbstractParserImpl parser, Reader reader) {
    parser.setOriginalSql(reader instanceof SourceStringReader source ? source.getSourceString() : null);
    return parser;
  }

  private static final class QuickDefault extends SqlParserImpl implements Restartable {
    QuickDefault(Reader reader) {
      super(reader);
    }

    @Override
    public org.apache.calcite.sql.parser.impl.ParseException generateParseException() {
      return new org.apache.calcite.sql.parser.impl.ParseException(token, new int[0][], tokenImage);
    }

    @Override
    public SqlAbstractParserImpl restart(Reader reader) {
      ReInit(reader);
      nDynamicParams = 0;
      warnings.clear();
      return this;
    }
  }

  private static final class QuickBabel extends SqlBabelParserImpl implements Restartable {
    QuickBabel(Reader reader) {
      super(reader);
    }

    @Override
    public org.apache.calcite.sql.parser.babel.ParseException generateParseException() {
      return new org.apache.calcite.sql.parser.babel.ParseException(token, new int[0][], tokenImage);
    }

    @Override
    public SqlAbstractParserImpl restart(Reader reader) {
      ReInit(reader);
      nDynamicParams = 0;
      warnings.clear();
      return this;
    }
  }
}
