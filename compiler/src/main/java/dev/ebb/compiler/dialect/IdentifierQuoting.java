package dev.ebb.compiler.dialect;

import org.apache.calcite.avatica.util.Quoting;

/**
 * How a warehouse quotes identifiers, with the matching setting of Calcite's parser (which reads
 * generated SQL back in tests and checks). Quoting must hold any name as one identifier: nothing in
 * a name can end the quotes early and change a statement's structure.
 */
enum IdentifierQuoting {
  /** {@code "na""me"}: the SQL standard, a closing quote doubled. */
  DOUBLE_QUOTES(Quoting.DOUBLE_QUOTE) {
    @Override
    String quote(String identifier) {
      return SqlText.doubleQuoted(identifier);
    }
  },
  /** {@code `na``me`}: Spark and Databricks, a backtick doubled. */
  BACKTICKS(Quoting.BACK_TICK) {
    @Override
    String quote(String identifier) {
      return '`' + identifier.replace("`", "``") + '`';
    }
  },
  /** {@code `na\`me`}: BigQuery, which reads backslash escapes inside backticks too. */
  BACKTICKS_WITH_BACKSLASH_ESCAPES(Quoting.BACK_TICK_BACKSLASH) {
    @Override
    String quote(String identifier) {
      return '`' + SqlText.backslashEscaped(identifier).replace("`", "\\`") + '`';
    }
  };

  private final Quoting parserQuoting;

  IdentifierQuoting(Quoting parserQuoting) {
    this.parserQuoting = parserQuoting;
  }

  /** The identifier, quoted. */
  abstract String quote(String identifier);

  /** Calcite's parser setting that reads {@link #quote}'s output back as the same name. */
  Quoting parserQuoting() {
    return parserQuoting;
  }
}
