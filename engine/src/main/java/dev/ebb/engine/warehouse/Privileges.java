package dev.ebb.engine.warehouse;

import dev.ebb.compiler.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * How a warehouse reports whether the connected user may do what ebb does: create tables in the
 * snapshot schema (or create that schema), and select from every source the models read. Each
 * warehouse answers from its own grant records, without running a query over data.
 */
interface Privileges {

  /**
   * What the user lacks, one line each (e.g. {@code CREATE on schema ebb_state}); empty when
   * everything is granted.
   *
   * @param sources the tables the models read, as {@code schema.table}
   */
  List<String> missing(Connection connection, Dialect dialect, String snapshotSchema, Collection<String> sources)
      throws SQLException;

  /** An embedded database file: whoever can open it may do anything in it. */
  Privileges NONE = (connection, dialect, snapshotSchema, sources) -> List.of();

  /**
   * Splits {@code schema.table} into the names the warehouse stores, as compiled SQL names them:
   * folded the way the warehouse folds unquoted names. The schema is null when not written.
   */
  static String[] schemaAndTable(Dialect dialect, String source) {
    int dot = source.indexOf('.');
    return dot < 0
        ? new String[] {null, dialect.foldUnquoted(source)}
        : new String[] {dialect.foldUnquoted(source.substring(0, dot)), dialect.foldUnquoted(source.substring(dot + 1))};
  }

  /** {@code "schema"."table"} in the dialect's quoting, or the table alone without a schema. */
  static String qualified(Dialect dialect, String[] parts) {
    return parts[0] == null
        ? dialect.quoteIdentifier(parts[1])
        : dialect.quoteIdentifier(parts[0]) + "." + dialect.quoteIdentifier(parts[1]);
  }
}
