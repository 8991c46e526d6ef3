package dev.ebb.compiler.dialect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlDialect;

/**
 * What a warehouse's SQL is, as data: how it quotes and folds names, its type names, its text hash
 * function, what ebb's tables and statements may rely on. {@link StandardDialect} answers the
 * {@link Dialect} questions from these; a dialect class adds only the behaviour that is its own
 * (how it turns a timestamp into text, how it hashes rows when not by text). Like Calcite's {@code
 * SqlDialect.Context}, it is built with named setters ({@link #builder}); see {@link Dialect} for
 * what each fact means to the generated SQL.
 *
 * @param name the folder name under {@code target/compiled/<sync>/} ({@link Dialect#name})
 * @param calciteDialect Calcite's dialect that unparses validated model SQL for this warehouse
 * @param identifierQuoting how identifiers are quoted (and parsed back)
 * @param stringEscaping how string literals are escaped (and parsed back)
 * @param unquotedCasing what the warehouse does to an identifier written without quotes
 * @param textType the unbounded text type
 * @param bigintType the 64-bit integer type
 * @param hashType the type the row hash returns
 * @param textHashFunction the 64-bit hash function over one text value, applied to {@link
 *     SqlText#hashText}; null where the dialect hashes rows another way
 * @param dateTextFollowsSession whether a DATE cast to text follows a session setting (DateStyle,
 *     DATE_OUTPUT_FORMAT), so canonical text formats it as {@code YYYY-MM-DD} explicitly
 * @param tableKind written between CREATE and TABLE for ebb's own tables; empty for an ordinary one
 * @param unwritable the constructs of model SQL the warehouse cannot write with their meaning
 * @param nestedWith whether a WITH may open a query nested in another one
 * @param unnestAliasNamesRow whether {@code UNNEST(a) AS x} needs {@code AS x (x)}
 * @param transactionalDml whether several DML statements can run in one transaction over JDBC
 * @param compactsSnapshot whether ebb must rewrite the snapshot to reclaim deleted rows
 * @param diffRowNumber an expression numbering the diff table's rows by its own row ids; null to
 *     number them with {@code ROW_NUMBER()}
 * @param scansInRowNumberOrder whether a scan without ORDER BY returns rows by {@code diffRowNumber}
 * @param diffTableSettings session settings held while the diff table is written
 * @param json how the warehouse writes a mapped record as JSON; null where it cannot do so exactly
 */
record DialectFacts(
    String name,
    SqlDialect calciteDialect,
    IdentifierQuoting identifierQuoting,
    StringEscaping stringEscaping,
    Casing unquotedCasing,
    String textType,
    String bigintType,
    String hashType,
    String textHashFunction,
    boolean dateTextFollowsSession,
    String tableKind,
    Set<SqlConstruct> unwritable,
    boolean nestedWith,
    boolean unnestAliasNamesRow,
    boolean transactionalDml,
    boolean compactsSnapshot,
    String diffRowNumber,
    boolean scansInRowNumberOrder,
    List<SessionSetting> diffTableSettings,
    JsonRendering json) {

  DialectFacts {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(calciteDialect, "calciteDialect");
    Objects.requireNonNull(identifierQuoting, "identifierQuoting");
    Objects.requireNonNull(stringEscaping, "stringEscaping");
    Objects.requireNonNull(unquotedCasing, "unquotedCasing");
    Objects.requireNonNull(textType, "textType");
    Objects.requireNonNull(bigintType, "bigintType");
    Objects.requireNonNull(hashType, "hashType");
    Objects.requireNonNull(tableKind, "tableKind");
    unwritable = unwritable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unwritable));
    diffTableSettings = List.copyOf(diffTableSettings);
  }

  /**
   * Facts with the SQL standard's answers where a warehouse has nothing to say: double-quoted
   * identifiers kept as written, standard string literals, BIGINT for integers and hashes, ordinary
   * tables, nested WITH, transactional DML, rows numbered with {@code ROW_NUMBER()}.
   */
  static Builder builder(String name, SqlDialect calciteDialect) {
    return new Builder(name, calciteDialect);
  }

  /** Named setters for {@link DialectFacts}; each defaults as {@link #builder} says. */
  static final class Builder {
    private final String name;
    private final SqlDialect calciteDialect;
    private IdentifierQuoting identifierQuoting = IdentifierQuoting.DOUBLE_QUOTES;
    private StringEscaping stringEscaping = StringEscaping.DOUBLED_QUOTE;
    private Casing unquotedCasing = Casing.UNCHANGED;
    private String textType;
    private String bigintType = "BIGINT";
    private String hashType = "BIGINT";
    private String textHashFunction;
    private boolean dateTextFollowsSession;
    private String tableKind = "";
    private Set<SqlConstruct> unwritable = Set.of();
    private boolean nestedWith = true;
    private boolean unnestAliasNamesRow;
    private boolean transactionalDml = true;
    private boolean compactsSnapshot;
    private String diffRowNumber;
    private boolean scansInRowNumberOrder;
    private final List<SessionSetting> diffTableSettings = new ArrayList<>();
    private JsonRendering json;

    private Builder(String name, SqlDialect calciteDialect) {
      this.name = name;
      this.calciteDialect = calciteDialect;
    }

    Builder identifierQuoting(IdentifierQuoting quoting) {
      this.identifierQuoting = quoting;
      return this;
    }

    Builder stringEscaping(StringEscaping escaping) {
      this.stringEscaping = escaping;
      return this;
    }

    Builder unquotedCasing(Casing casing) {
      this.unquotedCasing = casing;
      return this;
    }

    Builder textType(String type) {
      this.textType = type;
      return this;
    }

    Builder bigintType(String type) {
      this.bigintType = type;
      return this;
    }

    Builder hashType(String type) {
      this.hashType = type;
      return this;
    }

    Builder textHashFunction(String function) {
      this.textHashFunction = function;
      return this;
    }

    Builder dateTextFollowsSession() {
      this.dateTextFollowsSession = true;
      return this;
    }

    Builder tableKind(String kind) {
      this.tableKind = kind;
      return this;
    }

    Builder unwritable(SqlConstruct first, SqlConstruct... rest) {
      this.unwritable = EnumSet.of(first, rest);
      return this;
    }

    Builder withoutNestedWith() {
      this.nestedWith = false;
      return this;
    }

    Builder unnestAliasNamesRow() {
      this.unnestAliasNamesRow = true;
      return this;
    }

    Builder withoutTransactionalDml() {
      this.transactionalDml = false;
      return this;
    }

    Builder compactsSnapshot() {
      this.compactsSnapshot = true;
      return this;
    }

    Builder diffRowNumber(String expression) {
      this.diffRowNumber = expression;
      return this;
    }

    Builder scansInRowNumberOrder() {
      this.scansInRowNumberOrder = true;
      return this;
    }

    /** Adds a setting held while the diff table is written; settings are set in the order added. */
    Builder diffTableSetting(String set, String reset) {
      this.diffTableSettings.add(new SessionSetting(set, reset));
      return this;
    }

    Builder json(JsonRendering rendering) {
      this.json = rendering;
      return this;
    }

    DialectFacts build() {
      return new DialectFacts(
          name,
          calciteDialect,
          identifierQuoting,
          stringEscaping,
          unquotedCasing,
          textType,
          bigintType,
          hashType,
          textHashFunction,
          dateTextFollowsSession,
          tableKind,
          unwritable,
          nestedWith,
          unnestAliasNamesRow,
          transactionalDml,
          compactsSnapshot,
          diffRowNumber,
          scansInRowNumberOrder,
          diffTableSettings,
          json);
    }
  }
}
