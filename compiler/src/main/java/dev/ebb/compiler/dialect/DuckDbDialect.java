package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;

/**
 * DuckDB. Rows hash with the native variadic {@code hash(...)}: it hashes each value by its type
 * (NULL included) and combines them in order, which is several times faster than building text.
 * It returns UBIGINT, so the snapshot's hash column is UBIGINT (8 bytes).
 *
 * <p>Except for wide DECIMALs and unknown types, which are hashed as text: DuckDB hashes a
 * 128-bit value as the XOR of its two halves' hashes, so DECIMAL(38, 9) -0.000000001 (both halves
 * all ones) hashes like 0. The randomised diff tests found this. A DECIMAL declared with precision
 * 18 or less is hashed natively (the text cast cost 0.17 s of a 1.2 s 10M-row diff), with its
 * negation: the analysed type of a derived column can differ from DuckDB's, which sums a
 * DECIMAL(12, 2) into a 128-bit DECIMAL(38, 2) and averages or divides it into a DOUBLE. Of the
 * 128-bit values whose halves are equal and hash alike (0, -1 unit, k * (2^64 + 1) units), only 0
 * stays so negated, and two values with swapped halves negate into unrelated ones: the pair tells
 * apart what the XOR confuses. A 64-bit value or a DOUBLE hashes exactly either way. Negation is
 * exact and cannot overflow a DECIMAL; the cast to DOUBLE it replaced cost 5% of a 10M-row diff.
 *
 * <p>The diff table's rows are numbered by DuckDB's own row ids, from 0 as it writes them: plus
 * one, since checkpoint 0 is "none". A scan returns rows in insertion order unless told otherwise
 * ({@code preserve_insertion_order}, on by default), also when it streams them, and row ids follow
 * insertion order; the runtime's connections leave the setting at its default.
 *
 * <p>The diff table is written without dictionary and FSST compression: analysing its text columns
 * for them costs more (about 0.1 s per 100k changed rows of five text columns) than the table
 * lives. The setting is global to the DuckDB instance, so a concurrent write elsewhere in the
 * process may skip them too; that changes its size on disk, never its data.
 *
 * <p>The snapshot is compacted ({@link #compactsSnapshot}): DuckDB reclaims deleted rows at a
 * checkpoint only when adjacent row groups shrink enough to be merged; the ~1% a commit deletes
 * from every row group never get there, and they add up.
 */
public final class DuckDbDialect extends StandardDialect {

  private static final DialectFacts FACTS =
      DialectFacts.builder("duckdb", PostgresqlSqlDialect.DEFAULT)
          .unquotedCasing(Casing.TO_LOWER)
          .textType("VARCHAR")
          .hashType("UBIGINT")
          // DuckDB reads INTERVAL '1-2' YEAR TO MONTH as something else or not at all.
          .unwritable(SqlConstruct.INTERVAL_RANGE)
          .unnestAliasNamesRow()
          .diffRowNumber("(rowid + 1)")
          .scansInRowNumberOrder()
          .diffTableSetting(
              "SET disabled_compression_methods = 'dictionary,fsst,dict_fsst'",
              "RESET disabled_compression_methods")
          .compactsSnapshot()
          .json(new DuckDbJson())
          .build();

  /** The widest DECIMAL DuckDB stores in a BIGINT. */
  private static final int MAX_NARROW_PRECISION = 18;

  private static final Pattern DECLARED_PRECISION =
      Pattern.compile("(?i)\\s*(?:DECIMAL|NUMERIC)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*\\d+\\s*)?\\)\\s*");

  public DuckDbDialect() {
    super(FACTS);
  }

  @Override
  public String signedHash(String expression) {
    return "CAST(CASE WHEN " + expression + " >= 9223372036854775808 THEN CAST(" + expression
        + " AS HUGEINT) - 18446744073709551616 ELSE " + expression + " END AS BIGINT)";
  }

  /** Epoch microseconds: independent of the session's TimeZone setting. */
  @Override
  protected String timestampText(String expression, ValueKind kind) {
    return castToText("epoch_us(" + expression + ")");
  }

  private String hashArgument(HashInput value) {
    if (value.kind() == ValueKind.DECIMAL) {
      Matcher type = DECLARED_PRECISION.matcher(value.sqlType());
      if (type.matches() && Integer.parseInt(type.group(1)) <= MAX_NARROW_PRECISION) {
        return value.expression() + ", -(" + value.expression() + ")";
      }
    }
    boolean wide = value.kind() == ValueKind.DECIMAL || value.kind() == ValueKind.OTHER;
    return wide ? canonicalText(value.expression(), value.kind()) : value.expression();
  }

  @Override
  public String rowHash(String seed, List<HashInput> values) {
    String args = values.stream().map(this::hashArgument).collect(Collectors.joining(", "));
    return "hash(" + seed + (values.isEmpty() ? "" : ", " + args) + ")";
  }
}
