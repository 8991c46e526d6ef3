package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DuckDB builds records with {@code json_object}, the fastest way out of it (a JSON text read
 * over JDBC costs about half the 10 columns it replaces). It writes integers, booleans, text,
 * finite doubles and decimals of any width exactly (a decimal without its trailing zeros: {@code
 * 0.0} for DECIMAL(12, 2) {@code 0.00}, the same number), and NaN and infinities bare, which JSON
 * has no words for: those are written as the strings Jackson writes. Timestamps and dates are text
 * built here.
 */
final class DuckDbJson implements JsonRendering {

  @Override
  public Optional<String> object(List<Member> members) {
    return Optional.of("json_object(" + members.stream()
        .map(m -> SqlText.singleQuoted(m.name(), false) + ", " + m.value())
        .collect(Collectors.joining(", ")) + ")");
  }

  @Override
  public Optional<String> value(String expression, String sqlType) {
    switch (ValueKind.of(sqlType)) {
      case TEXT:
      case INTEGER:
      case DECIMAL:
      case BOOLEAN:
        return Optional.of(expression);
      case FLOAT:
        String number = "CAST(" + expression + " AS DOUBLE)";
        return Optional.of("CASE WHEN isfinite(" + number + ") THEN to_json(" + number + ")"
            + " WHEN isnan(" + number + ") THEN to_json('NaN')"
            + " WHEN " + number + " > 0 THEN to_json('Infinity')"
            + " WHEN " + number + " < 0 THEN to_json('-Infinity') END");
      case DATE:
      case TIMESTAMP:
      case TIMESTAMP_WITH_ZONE:
        return templateText(expression, sqlType);
      default:
        return Optional.empty();
    }
  }

  @Override
  public Optional<String> templateText(String expression, String sqlType) {
    switch (ValueKind.of(sqlType)) {
      case TEXT:
        return Optional.of(expression);
      case INTEGER:
      case DECIMAL:
        return Optional.of("CAST(" + expression + " AS VARCHAR)");
      case BOOLEAN:
        return Optional.of(SqlText.booleanWord(expression));
      case DATE:
        return Optional.of(date(expression));
      case TIMESTAMP:
        return Optional.of(timestamp(expression));
      case TIMESTAMP_WITH_ZONE:
        // The instant at UTC, whatever the session's TimeZone.
        return Optional.of(timestamp("make_timestamp(epoch_us(" + expression + "))"));
      default:
        return Optional.empty();
    }
  }

  /** As bytes: the driver decodes a VARCHAR with a charset decoder, twice as slow as reading a BLOB. */
  @Override
  public String readable(String objectExpression) {
    return "encode(CAST(" + objectExpression + " AS VARCHAR))";
  }

  /**
   * Years 1 to 9999 (DuckDB's own text, the fraction already without trailing zeros), else the
   * year as java.time writes it: DuckDB writes 44 BC as {@code 0044-03-15 (BC)}.
   */
  private static String timestamp(String t) {
    return "CASE WHEN " + t + " >= TIMESTAMP '0001-01-01' AND " + t + " < TIMESTAMP '10000-01-01'"
        + " THEN replace(CAST(" + t + " AS VARCHAR), ' ', 'T') || 'Z'"
        + " ELSE (" + SqlText.isoYear("year(" + t + ")", "VARCHAR") + ") || strftime(" + t
        + ", '-%m-%dT%H:%M:%S') || rtrim(rtrim(strftime(" + t + ", '.%f'), '0'), '.') || 'Z' END";
  }

  private static String date(String d) {
    return "CASE WHEN " + d + " >= DATE '0001-01-01' AND " + d + " < DATE '10000-01-01'"
        + " THEN CAST(" + d + " AS VARCHAR)"
        + " ELSE (" + SqlText.isoYear("year(" + d + ")", "VARCHAR") + ") || strftime(" + d + ", '-%m-%d') END";
  }
}
