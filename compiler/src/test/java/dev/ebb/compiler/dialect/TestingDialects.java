package dev.ebb.compiler.dialect;

import java.util.List;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/** Dialects for tests that need a real warehouse to behave like another one in one respect. */
public final class TestingDialects {

  private TestingDialects() {}

  /**
   * {@code dialect}, except that it refuses a nested WITH as Redshift does: its compiled SQL runs
   * on {@code dialect}'s warehouse, to show that moving CTEs up keeps a query's meaning.
   */
  public static Dialect withoutNestedWith(Dialect dialect) {
    return new Dialect() {
      @Override
      public boolean nestedWith() {
        return false;
      }

      @Override
      public String name() {
        return dialect.name();
      }

      @Override
      public SqlDialect sqlDialect() {
        return dialect.sqlDialect();
      }

      @Override
      public String quoteIdentifier(String identifier) {
        return dialect.quoteIdentifier(identifier);
      }

      @Override
      public String foldUnquoted(String identifier) {
        return dialect.foldUnquoted(identifier);
      }

      @Override
      public String stringLiteral(String value) {
        return dialect.stringLiteral(value);
      }

      @Override
      public SqlParser.Config parserConfig() {
        return dialect.parserConfig();
      }

      @Override
      public String textType() {
        return dialect.textType();
      }

      @Override
      public String bigintType() {
        return dialect.bigintType();
      }

      @Override
      public String hashType() {
        return dialect.hashType();
      }

      @Override
      public String canonicalText(String expression, ValueKind kind) {
        return dialect.canonicalText(expression, kind);
      }

      @Override
      public String rowHash(String seed, List<HashInput> values) {
        return dialect.rowHash(seed, values);
      }

      @Override
      public String compositeKey(List<HashInput> parts) {
        return dialect.compositeKey(parts);
      }

      @Override
      public boolean transactionalDml() {
        return dialect.transactionalDml();
      }

      @Override
      public String concat(List<String> parts) {
        return dialect.concat(parts);
      }
    };
  }
}
