package dev.ebb.compiler.project;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.yaml.YamlNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a sync's {@code mapping:}: each destination field takes a model column, a Mustache
 * template over the row, or {@code {const: value}}.
 */
final class FieldMappingReader {

  private static final String TEMPLATE_START = "{{";

  // One factory for every template; partials resolve to nothing, so no file is ever read.
  private final DefaultMustacheFactory mustache = new DefaultMustacheFactory(name -> null);

  // The columns of each valid template text: syncs repeat templates, and compiling one costs more
  // than reading the rest of a sync.
  private static final Map<String, List<String>> TEMPLATE_COLUMNS = new ConcurrentHashMap<>();

  List<FieldMapping> read(YamlNode mapping, Map<String, SourceLocation> locations, Diagnostics diagnostics) {
    List<FieldMapping> fields = new ArrayList<>();
    for (YamlNode.Entry entry : mapping.entries()) {
      locations.put("mapping." + entry.name(), entry.value().location());
      source(entry.name(), entry.value(), diagnostics)
          .ifPresent(source -> fields.add(new FieldMapping(entry.name(), source)));
    }
    return fields;
  }

  private Optional<FieldSource> source(String field, YamlNode value, Diagnostics diagnostics) {
    if (value.isMapping()) {
      return constant(field, value, diagnostics);
    }
    if (!value.isScalar() || !value.describe().equals("a string")) {
      diagnostics.error(
          DiagnosticCode.EBB103,
          value.location(),
          "mapping of '" + field + "' must be a column name, a template or {const: value}, not "
              + value.describe(),
          value.isScalar() ? "write {const: " + value.text() + "} for a constant" : null);
      return Optional.empty();
    }
    String text = value.text();
    return text.contains(TEMPLATE_START)
        ? template(field, text, value.location(), diagnostics)
        : Optional.of(new FieldSource.Column(text));
  }

  private static Optional<FieldSource> constant(String field, YamlNode value, Diagnostics diagnostics) {
    List<YamlNode.Entry> entries = value.entries();
    YamlNode.Entry only = entries.size() == 1 ? entries.get(0) : null;
    if (only == null || !only.name().equals("const")) {
      diagnostics.error(
          DiagnosticCode.EBB171,
          value.location(),
          "mapping of '" + field + "' must be {const: value} with nothing else",
          "write a column name, a \"{{template}}\" or {const: value}");
      return Optional.empty();
    }
    if (!only.value().isScalar()) {
      diagnostics.error(
          DiagnosticCode.EBB171,
          only.value().location(),
          "the constant for '" + field + "' must be a string, number, boolean or null, not "
              + only.value().describe());
      return Optional.empty();
    }
    return Optional.of(new FieldSource.Constant(only.value().value()));
  }

  private Optional<FieldSource> template(
      String field, String text, SourceLocation where, Diagnostics diagnostics) {
    List<String> known = TEMPLATE_COLUMNS.get(text);
    if (known != null) {
      return Optional.of(new FieldSource.Template(text, known));
    }
    try {
      Mustache compiled = mustache.compile(new StringReader(text), "mapping." + field);
      Set<String> columns = new LinkedHashSet<>();
      collectColumns(compiled.getCodes(), columns);
      List<String> read = List.copyOf(columns);
      TEMPLATE_COLUMNS.putIfAbsent(text, read);
      return Optional.of(new FieldSource.Template(text, read));
    } catch (MustacheException invalid) {
      diagnostics.error(
          DiagnosticCode.EBB170,
          where,
          "the template for '" + field + "' does not parse: " + invalid.getMessage(),
          "templates use {{column}}, {{#column}}...{{/column}} and {{^column}}...{{/column}}; no partials");
      return Optional.empty();
    }
  }

  /** The row columns a template reads: variable and section names, up to the first dot. */
  private static void collectColumns(Code[] codes, Set<String> columns) {
    if (codes == null) {
      return;
    }
    for (Code code : codes) {
      if (code instanceof ValueCode || code instanceof IterableCode || code instanceof NotIterableCode) {
        String name = code.getName();
        if (name != null && !name.isBlank() && !name.equals(".")) {
          int dot = name.indexOf('.');
          columns.add((dot > 0 ? name.substring(0, dot) : name).trim());
        }
      }
      collectColumns(code.getCodes(), columns);
    }
  }
}
