package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * A {@link Dialect} that answers from its warehouse's {@link DialectFacts}, with the behaviour most
 * warehouses share: canonical text by casting to the text type, and rows hashed as one
 * length-prefixed text ({@link SqlText#hashText}) by the warehouse's text hash function. A subclass
 * says how its warehouse turns a timestamp into text that does not depend on the session, and
 * overrides what else is its own.
 */
abstract class StandardDialect implements Dialect {

  private final DialectFacts facts;

  StandardDialect(DialectFacts facts) {
    this.facts = facts;
  }

  final DialectFacts facts() {
    return facts;
  }

  @Override
  public final String name() {
    return facts.name();
  }

  @Override
  public final SqlDialect sqlDialect() {
    return facts.calciteDialect();
  }

  @Override
  public final String quoteIdentifier(String identifier) {
    return facts.identifierQuoting().quote(identifier);
  }

  @Override
  public final String foldUnquoted(String identifier) {
    switch (facts.unquotedCasing()) {
      case TO_UPPER:
        return identifier.toUpperCase(Locale.ROOT);
      case TO_LOWER:
        return identifier.toLowerCase(Locale.ROOT);
      default:
        return identifier;
    }
  }

  @Override
  public final boolean nestedWith() {
    return facts.nestedWith();
  }

  @Override
  public final Set<SqlConstruct> unwritable() {
    return facts.unwritable();
  }

  @Override
  public final boolean unnestAliasNamesRow() {
    return facts.unnestAliasNamesRow();
  }

  @Override
  public final String stringLiteral(String value) {
    return facts.stringEscaping().literal(value);
  }

  @Override
  public final SqlParser.Config parserConfig() {
    return facts.stringEscaping().parserLiterals(SqlText.babel(facts.identifierQuoting().parserQuoting()));
  }

  @Override
  public final String tableKind() {
    return facts.tableKind();
  }

  @Override
  public final String textType() {
    return facts.textType();
  }

  @Override
  public final String bigintType() {
    return facts.bigintType();
  }

  @Override
  public final String hashType() {
    return facts.hashType();
  }

  @Override
  public String canonicalText(String expression, ValueKind kind) {
    switch (kind) {
      case TEXT:
        return expression;
      case BOOLEAN:
        return SqlText.booleanText(expression);
      case DATE:
        return facts.dateTextFollowsSession()
            ? "TO_CHAR(" + expression + ", 'YYYY-MM-DD')"
            : castToText(expression);
      case TIMESTAMP:
      case TIMESTAMP_WITH_ZONE:
        return timestampText(expression, kind);
      default:
        return castToText(expression);
    }
  }

  /**
   * The canonical text of a {@link ValueKind#TIMESTAMP} or {@link ValueKind#TIMESTAMP_WITH_ZONE}:
   * independent of the session's time zone and formats, usually its epoch microseconds.
   */
  protected abstract String timestampText(String expression, ValueKind kind);

  /** {@code CAST(expression AS <text type>)}. */
  protected final String castToText(String expression) {
    return "CAST(" + expression + " AS " + facts.textType() + ")";
  }

  /** {@code <text hash function>(<hash text>)}; a dialect without such a function overrides this. */
  @Override
  public String rowHash(String seed, List<HashInput> values) {
    if (facts.textHashFunction() == null) {
      throw new IllegalStateException(name() + " has no text hash function and must override rowHash");
    }
    return facts.textHashFunction() + "(" + SqlText.hashText(this, seed, values) + ")";
  }

  @Override
  public final boolean compactsSnapshot() {
    return facts.compactsSnapshot();
  }

  @Override
  public final boolean transactionalDml() {
    return facts.transactionalDml();
  }

  @Override
  public final String diffRowNumber() {
    return facts.diffRowNumber();
  }

  @Override
  public final boolean scansInRowNumberOrder() {
    return facts.scansInRowNumberOrder();
  }

  @Override
  public final List<String> diffTableSettings() {
    return facts.diffTableSettings().stream().map(SessionSetting::set).toList();
  }

  @Override
  public final List<String> diffTableSettingsReset() {
    return facts.diffTableSettings().stream().map(SessionSetting::reset).toList();
  }

  @Override
  public final Optional<JsonRendering> json() {
    return Optional.ofNullable(facts.json());
  }

  @Override
  public String toString() {
    return name();
  }
}
