package dev.ebb.compiler.diagnostic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Machine-readable diagnostics, documented in {@code docs/diagnostics.md}:
 *
 * <pre>{@code
 * {"schema_version": "ebb/diagnostics/v1",
 *  "summary": {"errors": 1, "warnings": 0, "files": 14},
 *  "diagnostics": [{"code": "EBB104", "slug": "column-not-found", "severity": "error",
 *                   "file": "models/a.sql", "line": 12, "column": 8,
 *                   "message": "...", "hint": null}]}
 * }</pre>
 *
 * Keys are always present (a missing hint is {@code null}) and keep this order.
 */
public final class JsonDiagnosticRenderer implements DiagnosticRenderer {

  public static final String SCHEMA_VERSION = "ebb/diagnostics/v1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  @Override
  public String render(DiagnosticReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema_version", SCHEMA_VERSION);
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", report.errorCount());
    summary.put("warnings", report.warningCount());
    summary.put("files", report.files().size());
    ArrayNode items = root.putArray("diagnostics");
    for (Diagnostic diagnostic : report.diagnostics()) {
      ObjectNode item = items.addObject();
      item.put("code", diagnostic.code().id());
      item.put("slug", diagnostic.code().slug());
      item.put("severity", diagnostic.severity().label());
      item.put("file", diagnostic.location().file());
      item.put("line", diagnostic.location().line());
      item.put("column", diagnostic.location().column());
      item.put("message", diagnostic.message());
      item.put("hint", diagnostic.hint());
    }
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serialises.
      throw new UncheckedIOException(e);
    }
  }
}
