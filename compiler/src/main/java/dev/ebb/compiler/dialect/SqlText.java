package dev.ebb.compiler.dialect;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/** Building blocks the dialect classes share: quoting, escaping, text encodings. */
final class SqlText {

  private SqlText() {}

  /** {@code "na""me"}: the ANSI rule, closing quote doubled. */
  static String doubleQuoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** {@code 'it''s'}, with backslashes doubled for warehouses that treat them as escapes. */
  static String singleQuoted(String value, boolean backslashEscapes) {
    String escaped = backslashEscapes ? value.replace("\\", "\\\\") : value;
    return "'" + escaped.replace("'", "''") + "'";
  }

  /** Backslash, line feed and carriage return as backslash escapes (BigQuery's literals and names). */
  static String backslashEscaped(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  /** Babel with the warehouse's quoting; identifiers keep their case, as ebb always quotes. */
  static SqlParser.Config babel(Quoting quoting) {
    return SqlParser.config()
        .withParserFactory(SqlBabelParserImpl.FACTORY)
        .withConformance(SqlConformanceEnum.BABEL)
        .withQuoting(quoting)
        .withUnquotedCasing(Casing.UNCHANGED)
        .withQuotedCasing(Casing.UNCHANGED)
        .withCaseSensitive(true);
  }

  /** {@code CASE WHEN b THEN '1' WHEN NOT b THEN '0' END}: NULL stays NULL. */
  static String booleanText(String expression) {
    return "CASE WHEN " + expression + " THEN '1' WHEN NOT " + expression + " THEN '0' END";
  }

  /**
   * The text a text-hashing dialect hashes: the seed, then per value {@code <length>:<text>}, or
   * {@code ~} for NULL. The length prefix keeps ('a','bc') apart from ('ab','c'); '~' cannot start
   * an encoded value, so NULL differs from '' and from 'null'.
   */
  static String hashText(Dialect dialect, String seed, List<Dialect.HashInput> values) {
    List<String> parts = new ArrayList<>();
    parts.add(seed);
    for (Dialect.HashInput value : values) {
      String text = dialect.canonicalText(value.expression(), value.kind());
      parts.add("COALESCE(" + lengthPrefixed(dialect, text) + ", '~')");
    }
    return dialect.concat(parts);
  }

  /** {@code <length>:<text>}, NULL when the text is NULL. */
  static String lengthPrefixed(Dialect dialect, String text) {
    return "CAST(LENGTH(" + text + ") AS " + dialect.textType() + ") || ':' || " + text;
  }

  /**
   * An ISO-8601 year as {@code java.time} writes it, from a proleptic (astronomical) year: four
   * digits at least, {@code -0043} for 44 BC, {@code +10000} past 9999.
   */
  static String isoYear(String year, String textType) {
    return "CASE WHEN " + year + " > 9999 THEN '+' || CAST(" + year + " AS " + textType + ")"
        + " WHEN " + year + " >= 0 THEN lpad(CAST(" + year + " AS " + textType + "), 4, '0')"
        + " ELSE '-' || lpad(CAST(-(" + year + ") AS " + textType + "), 4, '0') END";
  }

  /** {@code CASE WHEN b THEN 'true' WHEN NOT b THEN 'false' END}: NULL stays NULL. */
  static String booleanWord(String expression) {
    return "CASE WHEN " + expression + " THEN 'true' WHEN NOT " + expression + " THEN 'false' END";
  }
}
