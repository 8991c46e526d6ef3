package dev.ebb.destinations.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.OutboundRecord;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 4180 CSV: {@code op,key,<one column per mapped field>}; nested values as JSON. */
final class CsvFormat implements LineFormat {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public String header(ObjectBinding binding) {
    List<String> columns = new ArrayList<>(List.of("op", "key"));
    binding.fields().forEach(f -> columns.add(f.name()));
    return join(columns);
  }

  @Override
  public String line(OutboundRecord record, ObjectBinding binding) {
    List<String> cells = new ArrayList<>();
    cells.add(record.operation().name().toLowerCase(Locale.ROOT));
    cells.add(record.key());
    for (FieldBinding field : binding.fields()) {
      cells.add(text(lookup(record.fields(), field.name())));
    }
    return join(cells);
  }

  private static Object lookup(Map<String, Object> fields, String dottedName) {
    Object node = fields;
    for (String part : dottedName.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(part);
    }
    return node;
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Map || value instanceof List) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value.toString();
  }

  private static String join(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (String cell : cells) {
      if (line.length() > 0) {
        line.append(',');
      }
      boolean quote =
          cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
      line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return line.toString();
  }
}
