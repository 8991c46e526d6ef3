package dev.ebb.compiler.dialect;

import java.util.List;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/** Dialects for tests that need a real warehouse to behave like another one in one respect (and only that one). */
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

      @Override
      public java.util.Set<SqlConstruct> unwritable() {
        return dialect.unwritable();
      }

      @Override
      public boolean unnestAliasNamesRow() {
        return dialect.unnestAliasNamesRow();
      }

      @Override
      public String tableKind() {
        return dialect.tableKind();
      }

      @Override
      public String signedHash(String expression) {
        return dialect.signedHash(expression);
      }

      @Override
      public boolean compactsSnapshot() {
        return dialect.compactsSnapshot();
      }

      @Override
      public String diffRowNumber() {
        return dialect.diffRowNumber();
      }

      @Override
      public boolean scansInRowNumberOrder() {
        return dialect.scansInRowNumberOrder();
      }

      @Override
      public List<String> diffTableSettings() {
        return dialect.diffTableSettings();
      }

      @Override
      public List<String> diffTableSettingsReset() {
        return dialect.diffTableSettingsReset();
      }

      @Override
      public java.util.Optional<JsonRendering> json() {
        return dialect.json();
      }
    };
  }
}
