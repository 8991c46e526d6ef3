package dev.ebb.compiler.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.AnsiSqlDialect;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

class StandardDialectTest {

  /** A warehouse described by facts alone, with epoch-second timestamps. */
  private static StandardDialect dialect(DialectFacts.Builder facts) {
    return new StandardDialect(facts.build()) {
      @Override
      protected String timestampText(String expression, ValueKind kind) {
        return castToText("epoch(" + expression + ")");
      }
    };
  }

  /** {@code dialect}'s required answers, with the interface's defaults for everything else. */
  private static Dialect onlyRequiredMethods(Dialect dialect) {
    return new Dialect() {
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
    };
  }

  private static DialectFacts.Builder facts() {
    return DialectFacts.builder("testing", AnsiSqlDialect.DEFAULT).textType("CHARACTER VARYING");
  }

  @Test
  void unsetFactsAnswerAsTheDialectInterfaceDefaults() {
    StandardDialect standard = dialect(facts());
    Dialect defaults = onlyRequiredMethods(standard);
    assertThat(standard.foldUnquoted("MiXed")).isEqualTo(defaults.foldUnquoted("MiXed"));
    assertThat(standard.nestedWith()).isEqualTo(defaults.nestedWith());
    assertThat(standard.unwritable()).isEqualTo(defaults.unwritable());
    assertThat(standard.unnestAliasNamesRow()).isEqualTo(defaults.unnestAliasNamesRow());
    assertThat(standard.tableKind()).isEqualTo(defaults.tableKind());
    assertThat(standard.signedHash("h")).isEqualTo(defaults.signedHash("h"));
    assertThat(standard.compactsSnapshot()).isEqualTo(defaults.compactsSnapshot());
    assertThat(standard.transactionalDml()).isEqualTo(defaults.transactionalDml());
    assertThat(standard.diffRowNumber()).isEqualTo(defaults.diffRowNumber());
    assertThat(standard.scansInRowNumberOrder()).isEqualTo(defaults.scansInRowNumberOrder());
    assertThat(standard.diffTableSettings()).isEqualTo(defaults.diffTableSettings());
    assertThat(standard.diffTableSettingsReset()).isEqualTo(defaults.diffTableSettingsReset());
    assertThat(standard.json()).isEqualTo(defaults.json());
    assertThat(standard.bigintType()).isEqualTo("BIGINT");
    assertThat(standard.hashType()).isEqualTo("BIGINT");
    assertThat(standard.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(standard.stringLiteral("it's \\")).isEqualTo("'it''s \\'");
  }

  @Test
  void unquotedNamesFoldAsTheFactsSay() {
    assertThat(dialect(facts().unquotedCasing(Casing.TO_UPPER)).foldUnquoted("title_i")).isEqualTo("TITLE_I");
    assertThat(dialect(facts().unquotedCasing(Casing.TO_LOWER)).foldUnquoted("TITLE_I")).isEqualTo("title_i");
    assertThat(dialect(facts()).foldUnquoted("MiXed")).isEqualTo("MiXed");
  }

  @Test
  void canonicalTextCastsToTheTextTypeAndFormatsDatesOnlyWhereTheSessionWould() {
    StandardDialect plain = dialect(facts());
    StandardDialect sessionDates = dialect(facts().dateTextFollowsSession());
    assertThat(plain.canonicalText("d", ValueKind.DATE)).isEqualTo("CAST(d AS CHARACTER VARYING)");
    assertThat(sessionDates.canonicalText("d", ValueKind.DATE)).isEqualTo("TO_CHAR(d, 'YYYY-MM-DD')");
    assertThat(plain.canonicalText("t", ValueKind.TIMESTAMP)).isEqualTo("CAST(epoch(t) AS CHARACTER VARYING)");
    assertThat(plain.canonicalText("b", ValueKind.BOOLEAN))
        .isEqualTo("CASE WHEN b THEN '1' WHEN NOT b THEN '0' END");
    assertThat(plain.canonicalText("s", ValueKind.TEXT)).isEqualTo("s");
  }

  @Test
  void rowsHashAsTextWithTheTextHashFunction() {
    StandardDialect dialect = dialect(facts().textHashFunction("H64"));
    String hash = dialect.rowHash("'fp'", List.of(new Dialect.HashInput("m.x", ValueKind.INTEGER, "INTEGER")));
    assertThat(hash)
        .isEqualTo("H64('fp' || COALESCE(CAST(LENGTH(CAST(m.x AS CHARACTER VARYING)) AS CHARACTER VARYING)"
            + " || ':' || CAST(m.x AS CHARACTER VARYING), '~'))");
  }

  @Test
  void aDialectWithoutTextHashFunctionMustHashRowsItself() {
    assertThatThrownBy(() -> dialect(facts()).rowHash("'fp'", List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("testing");
  }

  @Test
  void sessionSettingsAreUndoneInTheOrderTheyWereSet() {
    StandardDialect dialect = dialect(facts().diffTableSetting("SET a = 1", "RESET a").diffTableSetting("SET b = 2", "RESET b"));
    assertThat(dialect.diffTableSettings()).containsExactly("SET a = 1", "SET b = 2");
    assertThat(dialect.diffTableSettingsReset()).containsExactly("RESET a", "RESET b");
  }

  @Test
  void factsNeedATextType() {
    assertThatThrownBy(() -> DialectFacts.builder("testing", AnsiSqlDialect.DEFAULT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("textType");
  }

  @Test
  void theTestingDialectWithoutNestedWithDiffersInNothingElse() {
    Dialect duckdb = new DuckDbDialect();
    Dialect wrapped = TestingDialects.withoutNestedWith(duckdb);
    assertThat(wrapped.nestedWith()).isFalse();
    assertThat(wrapped.unnestAliasNamesRow()).isEqualTo(duckdb.unnestAliasNamesRow());
    assertThat(wrapped.unwritable()).isEqualTo(duckdb.unwritable());
    assertThat(wrapped.signedHash("h")).isEqualTo(duckdb.signedHash("h"));
    assertThat(wrapped.diffRowNumber()).isEqualTo(duckdb.diffRowNumber());
    assertThat(wrapped.scansInRowNumberOrder()).isEqualTo(duckdb.scansInRowNumberOrder());
    assertThat(wrapped.compactsSnapshot()).isEqualTo(duckdb.compactsSnapshot());
    assertThat(wrapped.diffTableSettings()).isEqualTo(duckdb.diffTableSettings());
    assertThat(wrapped.diffTableSettingsReset()).isEqualTo(duckdb.diffTableSettingsReset());
    assertThat(wrapped.json()).isEqualTo(duckdb.json());
    assertThat(TestingDialects.withoutNestedWith(new SnowflakeDialect()).tableKind()).isEqualTo("TRANSIENT");
  }
}
