package dev.ebb.compiler.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {

  private static final String HOSTILE = "a\"b`c'd\\e;--f ✓\u00e9";

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgres", "snowflake", "bigquery", "redshift", "databricks"})
  void quotedIdentifiersParseBackToTheSameName(String name) throws SqlParseException {
    Dialect dialect = Dialects.byName(name).orElseThrow();
    String sql = "SELECT 1 FROM " + dialect.quoteIdentifier(HOSTILE) + "." + dialect.quoteIdentifier("t");
    SqlSelect select = (SqlSelect) SqlParser.create(sql, dialect.parserConfig()).parseQuery();
    assertThat(((SqlIdentifier) select.getFrom()).names)
        .map(n -> name.equals("bigquery") ? calciteBigQueryUnescape(n) : n)
        .containsExactly(HOSTILE, "t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgres", "bigquery"})
  void stringLiteralsParseBackToTheSameValue(String name) throws SqlParseException {
    Dialect dialect = Dialects.byName(name).orElseThrow();
    SqlSelect select = (SqlSelect) SqlParser.create(
        "SELECT " + dialect.stringLiteral(HOSTILE), dialect.parserConfig()).parseQuery();
    String value = ((SqlCharStringLiteral) select.getSelectList().get(0)).toValue();
    assertThat(name.equals("bigquery") ? calciteBigQueryUnescape(value) : value).isEqualTo(HOSTILE);
  }

  // BigQuery reads \\ as one backslash in identifiers and strings; Calcite only unescapes the
  // quote character and leaves \\ as is, so undo that here.
  private static String calciteBigQueryUnescape(String value) {
    return value.replace("\\\\", "\\");
  }

  @Test
  void warehousesWithBackslashEscapesEscapeBackslashes() {
    // Calcite's parser has no backslash-escaping literal style for these: check the text.
    assertThat(new SnowflakeDialect().stringLiteral("it's \\")).isEqualTo("'it''s \\\\'");
    assertThat(new RedshiftDialect().stringLiteral("it's \\")).isEqualTo("'it''s \\\\'");
    assertThat(new DatabricksDialect().stringLiteral("it's \\")).isEqualTo("'it\\'s \\\\'");
  }

  @Test
  void typeStringsMapToValueKinds() {
    assertThat(ValueKind.of("DECIMAL(38, 9)")).isEqualTo(ValueKind.DECIMAL);
    assertThat(ValueKind.of("TIMESTAMP_WITH_LOCAL_TIME_ZONE(6)")).isEqualTo(ValueKind.TIMESTAMP_WITH_ZONE);
    assertThat(ValueKind.of("TIMESTAMP(3) WITH TIME ZONE")).isEqualTo(ValueKind.TIMESTAMP_WITH_ZONE);
    assertThat(ValueKind.of("TIMESTAMP(0)")).isEqualTo(ValueKind.TIMESTAMP);
    assertThat(ValueKind.of("TIME WITH TIME ZONE")).isEqualTo(ValueKind.TIME);
    assertThat(ValueKind.of("varchar")).isEqualTo(ValueKind.TEXT);
    assertThat(ValueKind.of("BIGINT")).isEqualTo(ValueKind.INTEGER);
    assertThat(ValueKind.of("boolean")).isEqualTo(ValueKind.BOOLEAN);
    assertThat(ValueKind.of("GEOGRAPHY")).isEqualTo(ValueKind.OTHER);
  }

  @Test
  void dialectsAreListedInAStableOrder() {
    assertThat(Dialects.all()).extracting(Dialect::name)
        .containsExactly("duckdb", "postgres", "snowflake", "bigquery", "redshift", "databricks");
  }
}
