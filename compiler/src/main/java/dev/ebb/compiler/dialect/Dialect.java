package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * A warehouse's SQL dialect. Everything that differs between warehouses (quoting, hashing, types,
 * canonical text of values) is answered by a dialect object, never by {@code if} chains; the
 * statements themselves are Mustache templates under {@code resources/dialects/<name>/}.
 */
public interface Dialect {

  /** The folder name under {@code target/compiled/<sync>/}: duckdb, postgres, snowflake, ... */
  String name();

  /** Calcite's dialect, used to unparse validated model SQL for this warehouse. */
  SqlDialect sqlDialect();

  /** Quotes an identifier so that no name can change a statement's structure. */
  String quoteIdentifier(String identifier);

  /**
   * What the warehouse makes of an identifier written without quotes: Snowflake upper-cases it,
   * PostgreSQL, Redshift and DuckDB lower-case it, BigQuery and Databricks match it as written.
   * Compiled SQL quotes every identifier, so it applies this first to keep the meaning of the
   * user's unquoted names.
   */
  default String foldUnquoted(String identifier) {
    return identifier;
  }

  /**
   * Whether a WITH may open a query nested in another one: a CTE's query or a subquery. When not
   * (Redshift: "You can't specify another WITH clause inside a WITH clause subquery"), compiled
   * SQL has one WITH, at the top of each statement: the CTEs of inlined models move up to it.
   */
  default boolean nestedWith() {
    return true;
  }

  /**
   * The constructs this warehouse cannot write with the meaning they have in model SQL; a model
   * that uses one is an error when compiled for it.
   */
  default java.util.Set<SqlConstruct> unwritable() {
    return java.util.Set.of();
  }

  /**
   * Whether {@code UNNEST(array) AS x} needs the column named too, {@code AS x (x)}, for {@code x}
   * to be the element (as on BigQuery and PostgreSQL) rather than a row holding it (DuckDB).
   */
  default boolean unnestAliasNamesRow() {
    return false;
  }

  /** A string literal for a constant ebb writes into a statement (data is always a bind parameter). */
  String stringLiteral(String value);

  /** Parser settings matching this warehouse's quoting and literals, to re-parse generated SQL. */
  SqlParser.Config parserConfig();

  /**
   * The kind of table ebb creates for its own state (snapshot, its meta table, each run's diff and
   * failed keys), written between CREATE and TABLE; empty for an ordinary table. Every one of them
   * must outlive the session that creates it: runs read the diff page by page over pooled
   * connections, and a run resumed after a crash reads the diff and failed keys it left behind.
   */
  default String tableKind() {
    return "";
  }

  /** The unbounded text type, for keys and fingerprints. */
  String textType();

  /** The 64-bit integer type: integer keys. */
  String bigintType();

  /** The type {@link #rowHash} returns: 64 bits wherever the warehouse has such a hash. */
  String hashType();

  /**
   * A stored row hash as a signed 64-bit integer with the same bits, to read back over JDBC:
   * drivers turn an unsigned 64-bit value into a {@code BigInteger}, one allocation per row.
   */
  default String signedHash(String expression) {
    return expression;
  }

  /**
   * An expression that renders a value of the given kind as text that depends on the value only:
   * not on the session time zone, date style or locale. Used for text keys and text row hashes.
   */
  String canonicalText(String expression, ValueKind kind);

  /**
   * The row hash over {@code seed} (a string literal, the mapping fingerprint) and the values, in
   * order. NULL-safe (NULL, '' and 'null' hash differently) and stable from run to run.
   */
  String rowHash(String seed, List<HashInput> values);

  /**
   * A composite key as one text value: each part's canonical text, length-prefixed, so that
   * ('a:b','c') and ('a','b:c') stay apart. NULL when any part is NULL.
   */
  default String compositeKey(List<HashInput> parts) {
    return concat(
        parts.stream()
            .map(p -> SqlText.lengthPrefixed(this, canonicalText(p.expression(), p.kind())))
            .map(text -> "(" + text + ")")
            .toList());
  }

  /**
   * Whether the snapshot table keeps the rows commits delete until ebb rewrites it. Each commit
   * deletes the changed keys' rows, scattered over the whole table, and appends their new ones;
   * where the warehouse does not reclaim such rows itself, every later diff scans them. Such a
   * warehouse reports the rows the table stores, deleted ones included, as the second column of
   * {@code check_snapshot}, and provides the {@code compact_snapshot_*} statements.
   */
  default boolean compactsSnapshot() {
    return false;
  }

  /**
   * Whether several DML statements can run in one transaction through JDBC. The diff's commit is
   * idempotent either way; a transaction only keeps readers from seeing it half done.
   */
  default boolean transactionalDml() {
    return true;
  }

  /**
   * How the rows of a materialised diff table are numbered, the order they are read in and what
   * checkpoints count: by default (null) a column {@code ebb_seq} numbered at creation with
   * {@code ROW_NUMBER()}, a window over the whole diff; or an expression over the table's own row
   * ids, positive, unique and stable for a table never updated (the diff never is), which costs
   * nothing. Read as an unqualified expression against the diff table.
   */
  default String diffRowNumber() {
    return null;
  }

  /**
   * Whether a scan of the diff table without {@code ORDER BY} returns its rows in the order of
   * {@link #diffRowNumber}, so that reads can stream from the first row instead of sorting the
   * whole diff first. The cursor checks the order as it reads and fails a run that sees otherwise.
   */
  default boolean scansInRowNumberOrder() {
    return false;
  }

  /**
   * Session settings to hold while the diff table is written, each statement paired by index with
   * the one in {@link #diffTableSettingsReset} that undoes it. The diff table is written once, read
   * once and dropped, so work meant for long-lived tables (e.g. compression) can be skipped.
   */
  default List<String> diffTableSettings() {
    return List.of();
  }

  /** Undoes {@link #diffTableSettings}, run after the diff table is written, whether it was or not. */
  default List<String> diffTableSettingsReset() {
    return List.of();
  }

  /**
   * How this warehouse writes a mapped record as JSON text in SQL, exactly as the runtime's mapper
   * would; empty where it cannot be exact, and every sync then maps rows in Java.
   */
  default Optional<JsonRendering> json() {
    return Optional.empty();
  }

  /** Concatenates text expressions (all warehouses here accept {@code ||}). */
  default String concat(List<String> parts) {
    return String.join(" || ", parts);
  }

  /**
   * One value fed to {@link #rowHash}: a column expression, its type family and its SQL type as
   * the analysis reports it (for a dialect that hashes by width, e.g. DECIMAL(12, 2)).
   */
  record HashInput(String expression, ValueKind kind, String sqlType) {}
}
