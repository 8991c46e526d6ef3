package dev.ebb.compiler.dialect;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.SparkSqlDialect;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Databricks (Spark SQL on Delta tables). Rows hash with {@code XXHASH64(text)}: 64 bits, the
 * fastest built-in. Identifiers are backtick-quoted with doubled backticks.
 *
 * <p>Records are mapped in Java (no {@link #json()}): {@code to_json(named_struct(...))} keeps the
 * order, but writes timestamps by the session's time zone and options, and cannot be checked
 * against a real Databricks here.
 */
public final class DatabricksDialect implements Dialect {

  @Override
  public String name() {
    return "databricks";
  }

  @Override
  public SqlDialect sqlDialect() {
    return SparkSqlDialect.DEFAULT;
  }

  /** Spark reads arrays with {@code explode}, and its INTERVAL takes literals only. */
  @Override
  public Set<SqlConstruct> unwritable() {
    return EnumSet.of(SqlConstruct.UNNEST, SqlConstruct.INTERVAL_EXPRESSION);
  }

  @Override
  public String quoteIdentifier(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  @Override
  public String stringLiteral(String value) {
    // Spark reads backslash escapes; a doubled quote would end the literal and start another.
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @Override
  public SqlParser.Config parserConfig() {
    return SqlText.babel(Quoting.BACK_TICK);
  }

  @Override
  public String textType() {
    return "STRING";
  }

  @Override
  public String bigintType() {
    return "BIGINT";
  }

  @Override
  public String hashType() {
    return "BIGINT";
  }

  @Override
  public String canonicalText(String expression, ValueKind kind) {
    switch (kind) {
      case TEXT:
        return expression;
      case BOOLEAN:
        return SqlText.booleanText(expression);
      case TIMESTAMP_WITH_ZONE:
        return "CAST(UNIX_MICROS(" + expression + ") AS STRING)";
      default:
        // TIMESTAMP_NTZ and DATE print in ISO form whatever the session time zone.
        return "CAST(" + expression + " AS STRING)";
    }
  }

  @Override
  public String rowHash(String seed, List<HashInput> values) {
    return "XXHASH64(" + SqlText.hashText(this, seed, values) + ")";
  }

  @Override
  public boolean transactionalDml() {
    return false;
  }
}
