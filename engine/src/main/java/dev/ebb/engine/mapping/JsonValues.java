package dev.ebb.engine.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JDBC values into JSON-ready values: exact decimals, ISO-8601 timestamps with an offset
 * (timestamps without a zone are read as UTC), ISO dates, booleans, nulls.
 */
public final class JsonValues {

  private JsonValues() {}

  public static Object of(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Long
        || value instanceof Boolean
        || value instanceof Double
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (value instanceof LocalDateTime t) {
      return utc(t);
    }
    if (value instanceof java.sql.Timestamp t) {
      return utc(t.toLocalDateTime());
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof java.sql.Time t) {
      return t.toLocalTime().toString();
    }
    if (value instanceof OffsetDateTime t) {
      return timestamp(t);
    }
    if (value instanceof ZonedDateTime t) {
      return timestamp(t.toOffsetDateTime());
    }
    if (value instanceof Instant t) {
      return utc(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }
    if (value instanceof LocalDate || value instanceof LocalTime || value instanceof OffsetTime) {
      return value.toString();
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), of(v)));
      return result;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> result = new ArrayList<>();
      items.forEach(item -> result.add(of(item)));
      return result;
    }
    if (value instanceof Object[] items) {
      return of(List.of(items));
    }
    if (value instanceof Array array) {
      try {
        return of(array.getArray());
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read a SQL array value", e);
      }
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return value.toString();
  }

  private static String timestamp(OffsetDateTime value) {
    return value.getOffset().equals(ZoneOffset.UTC)
        ? utc(value.toLocalDateTime())
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  /**
   * What {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes for a time at UTC ({@code
   * 2023-11-14T22:13:20.5Z}: seconds always, the fraction without trailing zeros), written
   * directly: timestamps are in most rows, and the formatter is slow.
   */
  static String utc(LocalDateTime t) {
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }
    byte[] text = new byte[31];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, t.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, t.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, t.getHour(), 2);
    text[13] = ':';
    digits(text, 14, t.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, t.getSecond(), 2);
    int length = 19;
    int nano = t.getNano();
    if (nano > 0) {
      int width = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        width--;
      }
      text[length++] = '.';
      digits(text, length, nano, width);
      length += width;
    }
    text[length++] = 'Z';
    return new String(text, 0, length, StandardCharsets.US_ASCII);
  }

  private static void digits(byte[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
