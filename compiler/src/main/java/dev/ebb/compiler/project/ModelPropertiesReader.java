package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.ColumnTest;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.yaml.DidYouMean;
import dev.ebb.compiler.yaml.YamlFields;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlShape;
import dev.ebb.compiler.yaml.YamlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code models/*.yml} file: a {@code models:} list, each entry one model's properties. */
final class ModelPropertiesReader {

  private static final YamlShape FILE = YamlShape.of("model properties file", required("models", YamlType.LIST));
  private static final YamlShape MODEL =
      YamlShape.of(
          "model properties",
          required("name", YamlType.STRING),
          optional("description", YamlType.STRING),
          optional("primary_key", YamlType.STRING_OR_LIST),
          optional("owner", YamlType.STRING),
          optional("tags", YamlType.STRING_OR_LIST),
          optional("columns", YamlType.LIST));
  private static final YamlShape COLUMN =
      YamlShape.of(
          "model column",
          required("name", YamlType.STRING),
          optional("description", YamlType.STRING),
          optional("tests", YamlType.LIST));
  private static final YamlShape ACCEPTED_VALUES =
      YamlShape.of("accepted_values test", required("values", YamlType.LIST));

  private static final List<String> TEST_NAMES =
      Arrays.stream(ColumnTest.Kind.values()).map(ColumnTest.Kind::yamlName).toList();

  List<ModelProperties> read(YamlNode root, Diagnostics diagnostics) {
    YamlFields file = FILE.read(root, diagnostics).orElse(null);
    if (file == null) {
      return List.of();
    }
    List<ModelProperties> models = new ArrayList<>();
    for (YamlNode node : file.list("models")) {
      MODEL.read(node, diagnostics).flatMap(fields -> model(fields, diagnostics)).ifPresent(models::add);
    }
    return models;
  }

  private static Optional<ModelProperties> model(YamlFields model, Diagnostics diagnostics) {
    if (model.string("name") == null) {
      return Optional.empty();
    }
    Map<String, SourceLocation> locations = new HashMap<>();
    model.putLocations("", locations);
    DefinitionNames columnNames = new DefinitionNames("column of model '" + model.string("name") + "'");
    List<ColumnProperties> columns = new ArrayList<>();
    for (YamlNode node : model.list("columns")) {
      COLUMN.read(node, diagnostics)
          .filter(column -> column.string("name") != null)
          .filter(column -> columnNames.claim(column.string("name"), column.locationOf("name"), diagnostics))
          .ifPresent(
              column -> {
                locations.put("columns." + column.string("name"), column.locationOf("name"));
                columns.add(column(column, diagnostics));
              });
    }
    return Optional.of(
        new ModelProperties(
            model.string("name"),
            model.string("description"),
            model.strings("primary_key", diagnostics),
            model.string("owner"),
            model.strings("tags", diagnostics),
            columns,
            new Locations(model.location(), locations)));
  }

  private static ColumnProperties column(YamlFields column, Diagnostics diagnostics) {
    Map<String, SourceLocation> locations = new HashMap<>();
    column.putLocations("", locations);
    List<ColumnTest> tests = new ArrayList<>();
    for (YamlNode node : column.list("tests")) {
      test(node, diagnostics).ifPresent(tests::add);
    }
    return new ColumnProperties(
        column.string("name"), column.string("description"), tests, new Locations(column.location(), locations));
  }

  private static Optional<ColumnTest> test(YamlNode node, Diagnostics diagnostics) {
    Locations at = Locations.at(node.location());
    if (node.isScalar() && !node.isNull()) {
      return switch (node.text()) {
        case "not_null" -> Optional.of(new ColumnTest(ColumnTest.Kind.NOT_NULL, List.of(), at));
        case "unique" -> Optional.of(new ColumnTest(ColumnTest.Kind.UNIQUE, List.of(), at));
        default -> invalid(node, "unknown test '" + node.text() + "'", diagnostics);
      };
    }
    List<YamlNode.Entry> entries = node.entries();
    if (entries.size() != 1 || !entries.get(0).name().equals("accepted_values")) {
      return invalid(node, "a test must be not_null, unique or {accepted_values: {values: [...]}}", diagnostics);
    }
    YamlNode body = entries.get(0).value();
    if (!body.isMapping()) {
      return invalid(body, "accepted_values needs {values: [...]}", diagnostics);
    }
    YamlFields fields = ACCEPTED_VALUES.read(body, diagnostics).orElse(null);
    if (fields == null || !fields.has("values")) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (YamlNode value : fields.list("values")) {
      if (!value.isScalar() || value.isNull()) {
        return invalid(value, "accepted values must be strings, numbers or booleans", diagnostics);
      }
      values.add(value.text());
    }
    return Optional.of(new ColumnTest(ColumnTest.Kind.ACCEPTED_VALUES, values, at));
  }

  private static Optional<ColumnTest> invalid(YamlNode node, String message, Diagnostics diagnostics) {
    String hint =
        node.isScalar()
            ? DidYouMean.hint(node.text(), TEST_NAMES)
            : "known tests: " + String.join(", ", TEST_NAMES);
    diagnostics.error(DiagnosticCode.EBB115, node.location(), message, hint);
    return Optional.empty();
  }
}
