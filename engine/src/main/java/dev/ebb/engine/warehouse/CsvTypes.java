package dev.ebb.engine.warehouse;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Infers a SQL type per CSV column by reading the file once, row by row: the narrowest type every
 * non-empty value parses as. Empty values are NULLs and say nothing about the type.
 */
final class CsvTypes {

  /** Candidate types, narrowest first; TEXT accepts anything. */
  enum Inferred {
    BIGINT(CsvTypes::isLong),
    DOUBLE(CsvTypes::isDouble),
    BOOLEAN(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")),
    DATE(v -> parses(() -> LocalDate.parse(v))),
    TIMESTAMP(v -> parses(() -> LocalDateTime.parse(v, LOCAL_TIMESTAMP))),
    TIMESTAMP_WITH_TIME_ZONE(v -> parses(() -> OffsetDateTime.parse(v, OFFSET_TIMESTAMP))),
    TEXT(v -> true);

    private final Predicate<String> accepts;

    Inferred(Predicate<String> accepts) {
      this.accepts = accepts;
    }
  }

  /** The CSV header and the type inferred for each column, in file order. */
  record Columns(List<String> names, List<Inferred> types) {}

  private static final DateTimeFormatter LOCAL_TIMESTAMP = timestamp(false);
  private static final DateTimeFormatter OFFSET_TIMESTAMP = timestamp(true);

  private CsvTypes() {}

  static Columns infer(Path csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<String[]> rows =
        mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv.toFile())) {
      if (!rows.hasNext()) {
        throw new IOException("the file is empty: a seed needs a header line");
      }
      List<String> names = Arrays.asList(rows.next());
      List<EnumSet<Inferred>> possible = new ArrayList<>();
      names.forEach(n -> possible.add(EnumSet.allOf(Inferred.class)));
      boolean[] seen = new boolean[names.size()];
      while (rows.hasNext()) {
        String[] row = rows.next();
        for (int i = 0; i < Math.min(row.length, names.size()); i++) {
          String value = row[i].strip();
          if (!value.isEmpty()) {
            seen[i] = true;
            possible.get(i).removeIf(t -> !t.accepts.test(value));
          }
        }
      }
      // A column without a single value is text, as DuckDB's read_csv_auto decides too.
      List<Inferred> types = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        types.add(seen[i] ? possible.get(i).iterator().next() : Inferred.TEXT);
      }
      return new Columns(List.copyOf(names), List.copyOf(types));
    }
  }

  /** Reads the rows after the header, each value as written (empty for NULL), one at a time. */
  static void forEachRow(Path csv, RowConsumer consumer) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<String[]> rows =
        mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv.toFile())) {
      if (rows.hasNext()) {
        rows.next();
      }
      while (rows.hasNext()) {
        consumer.accept(rows.next());
      }
    }
  }

  /** A consumer of CSV rows whose work may fail with a SQL or I/O error. */
  interface RowConsumer {
    void accept(String[] row) throws IOException;
  }

  private static boolean isLong(String v) {
    return parses(() -> Long.parseLong(v));
  }

  private static boolean isDouble(String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    return !lower.contains("inf") && !lower.contains("nan") && !lower.endsWith("d")
        && !lower.endsWith("f") && parses(() -> Double.parseDouble(v));
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static DateTimeFormatter timestamp(boolean offset) {
    DateTimeFormatterBuilder builder =
        new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME);
    if (offset) {
      builder.appendOffset("+HH:MM", "Z");
    }
    return builder.toFormatter(Locale.ROOT);
  }
}
