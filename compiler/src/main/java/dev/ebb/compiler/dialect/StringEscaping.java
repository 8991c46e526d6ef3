package dev.ebb.compiler.dialect;

import java.util.Set;
import org.apache.calcite.config.CharLiteralStyle;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * How a warehouse reads a single-quoted string literal: which characters must be escaped, and how,
 * for any value to come back unchanged.
 */
enum StringEscaping {
  /** {@code 'it''s'}: the SQL standard; a backslash is an ordinary character. */
  DOUBLED_QUOTE {
    @Override
    String literal(String value) {
      return SqlText.singleQuoted(value, false);
    }
  },
  /**
   * {@code 'it''s \\'}: a doubled quote, and backslashes doubled because the warehouse reads them
   * as escapes (Snowflake, Redshift).
   */
  DOUBLED_QUOTE_AND_BACKSLASH {
    @Override
    String literal(String value) {
      return SqlText.singleQuoted(value, true);
    }
  },
  /** {@code 'it\'s \\'}: Spark reads backslash escapes; a doubled quote would end the literal and start another. */
  BACKSLASH {
    @Override
    String literal(String value) {
      return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
  },
  /** {@code 'it\'s\n'}: BigQuery, whose literals cannot hold a raw line break either. */
  BACKSLASH_AND_LINE_BREAKS {
    @Override
    String literal(String value) {
      return "'" + SqlText.backslashEscaped(value).replace("'", "\\'") + "'";
    }

    @Override
    SqlParser.Config parserLiterals(SqlParser.Config config) {
      return config.withCharLiteralStyles(Set.of(CharLiteralStyle.BQ_SINGLE, CharLiteralStyle.BQ_DOUBLE));
    }
  };

  /** The value as a string literal. */
  abstract String literal(String value);

  /**
   * Parser settings that read {@link #literal}'s output where Calcite has a literal style for it;
   * elsewhere the standard style (tests then check the text instead).
   */
  SqlParser.Config parserLiterals(SqlParser.Config config) {
    return config;
  }
}
