package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PostgreSQL builds records with {@code json_build_object}, which keeps the members' order and
 * writes numeric values exactly as stored, non-finite doubles as strings (as Jackson does) and
 * text escaped. REAL widens to DOUBLE PRECISION first, as the JDBC value does in Java. A function
 * takes at most 100 arguments: an object of more than 50 members keeps the sync on the Java path.
 * Timestamps and dates are ISO text from {@code to_json}, whatever the session's DateStyle.
 */
final class PostgresJson implements JsonRendering {

  private static final int MAX_MEMBERS = 50;

  @Override
  public Optional<String> object(List<Member> members) {
    if (members.size() > MAX_MEMBERS) {
      return Optional.empty();
    }
    return Optional.of("json_build_object(" + members.stream()
        .map(m -> SqlText.singleQuoted(m.name(), false) + "::text, " + m.value())
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
        return Optional.of("CAST(" + expression + " AS DOUBLE PRECISION)");
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
        return Optional.of("CAST(" + expression + " AS TEXT)");
      case BOOLEAN:
        return Optional.of(SqlText.booleanWord(expression));
      case DATE:
        return Optional.of(date(expression));
      case TIMESTAMP:
        return Optional.of(timestamp(expression));
      case TIMESTAMP_WITH_ZONE:
        return Optional.of(timestamp("(" + expression + " AT TIME ZONE 'UTC')"));
      default:
        return Optional.empty();
    }
  }

  @Override
  public String readable(String objectExpression) {
    return "CAST(" + objectExpression + " AS TEXT)";
  }

  /**
   * Years 1 to 9999 from {@code to_json} (ISO, the fraction without trailing zeros), else the year
   * as java.time writes it (PostgreSQL counts 44 BC as -44, java.time as -43). The driver reads
   * infinity as {@code LocalDateTime.MAX} / {@code MIN}.
   */
  private static String timestamp(String t) {
    return "CASE WHEN " + t + " >= TIMESTAMP '0001-01-01' AND " + t + " < TIMESTAMP '10000-01-01'"
        + " THEN btrim(CAST(to_json(" + t + ") AS TEXT), '\"') || 'Z'"
        + " WHEN " + t + " = 'infinity' THEN '+999999999-12-31T23:59:59.999999999Z'"
        + " WHEN " + t + " = '-infinity' THEN '-999999999-01-01T00:00:00Z'"
        + " ELSE (" + SqlText.isoYear(astronomicalYear(t), "TEXT") + ") || to_char(" + t
        + ", '-MM-DD\"T\"HH24:MI:SS') || rtrim(rtrim(to_char(" + t + ", '.US'), '0'), '.') || 'Z' END";
  }

  private static String date(String d) {
    return "CASE WHEN " + d + " >= DATE '0001-01-01' AND " + d + " < DATE '10000-01-01'"
        + " THEN btrim(CAST(to_json(" + d + ") AS TEXT), '\"')"
        + " WHEN NOT isfinite(" + d + ") THEN NULL"
        + " ELSE (" + SqlText.isoYear(astronomicalYear(d), "TEXT") + ") || to_char(" + d + ", '-MM-DD') END";
  }

  private static String astronomicalYear(String value) {
    return "(CASE WHEN extract(year FROM " + value + ") < 0 THEN CAST(extract(year FROM " + value
        + ") AS INTEGER) + 1 ELSE CAST(extract(year FROM " + value + ") AS INTEGER) END)";
  }
}
