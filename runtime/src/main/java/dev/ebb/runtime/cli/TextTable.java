package dev.ebb.runtime.cli;

import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table: left-aligned text columns, right-aligned numbers. */
final class TextTable {

  private final String[] headers;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  /** A header starting with {@code >} marks a right-aligned (numeric) column. */
  TextTable(String... headers) {
    this.headers = new String[headers.length];
    this.numeric = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].startsWith(">");
      this.headers[i] = numeric[i] ? headers[i].substring(1) : headers[i];
    }
  }

  TextTable row(Object... cells) {
    String[] row = new String[headers.length];
    for (int i = 0; i < headers.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
    }
    rows.add(row);
    return this;
  }

  String render() {
    int[] widths = new int[headers.length];
    for (int col = 0; col < headers.length; col++) {
      widths[col] = headers[col].length();
      for (String[] row : rows) {
        widths[col] = Math.max(widths[col], row[col].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int col = 0; col < cells.length; col++) {
      String format = "%" + (numeric[col] ? "" : "-") + widths[col] + "s";
      line.append(col == 0 ? "" : "  ").append(String.format(format, cells[col]));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
