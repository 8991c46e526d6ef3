package dev.ebb.compiler.check;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.yaml.DidYouMean;
import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.DestinationFactory;
import dev.ebb.destination.api.FieldSpec;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectSpec;
import dev.ebb.destination.api.WriteMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sync fits its destination type: the object is offered, the mode supported, required fields
 * mapped and mapped values of compatible types where the object declares its fields.
 */
final class SyncDestinationCheck {

  /**
   * @param columns the model's output, or {@code null} when its SQL did not validate
   */
  void check(Sync sync, DestinationFactory factory, OutputColumns columns, Diagnostics diagnostics) {
    String type = factory.type();
    Capabilities capabilities = factory.capabilities();
    if (capabilities.objects().isEmpty() && sync.object() != null) {
      for (ConfigProblem problem : factory.validateObject(sync.object())) {
        diagnostics.error(
            DestinationConfigCheck.code(problem.kind()),
            sync.locations().of("object"),
            "sync '" + sync.name() + "': " + problem.message(),
            problem.hint());
      }
    }
    ObjectSpec object = object(sync, type, capabilities, diagnostics);
    if (sync.mode() != null) {
      WriteMode mode = sync.mode();
      Set<WriteMode> supported = object != null ? object.modes() : capabilities.modes();
      if (!supported.contains(mode)) {
        diagnostics.error(
            DiagnosticCode.EBB166,
            sync.locations().of("mode"),
            "mode '" + sync.mode().yamlName() + "' is not supported by " + describe(type, object),
            "supported modes: " + String.join(", ", supported.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).sorted().toList()));
      }
    }
    if (object == null || object.fields().isEmpty()) {
      return;
    }
    requiredFields(sync, object, diagnostics);
    if (columns != null) {
      fieldTypes(sync, object, columns, diagnostics);
    }
  }

  private static ObjectSpec object(Sync sync, String type, Capabilities capabilities, Diagnostics diagnostics) {
    List<String> offered = capabilities.objects().stream().map(ObjectSpec::name).toList();
    if (offered.isEmpty()) {
      return null; // any object name is accepted
    }
    if (sync.object() == null) {
      diagnostics.error(
          DiagnosticCode.EBB177,
          sync.locations().node(),
          "sync '" + sync.name() + "' needs an object: destination type '" + type + "' offers several",
          "add object: with one of " + String.join(", ", offered));
      return null;
    }
    ObjectSpec object = capabilities.object(sync.object()).orElse(null);
    if (object == null) {
      String hint = DidYouMean.hint(sync.object(), offered);
      diagnostics.error(
          DiagnosticCode.EBB177,
          sync.locations().of("object"),
          "destination type '" + type + "' has no object '" + sync.object() + "'",
          hint != null ? hint : "objects: " + String.join(", ", offered));
    }
    return object;
  }

  private static void requiredFields(Sync sync, ObjectSpec object, Diagnostics diagnostics) {
    Set<String> mapped = new HashSet<>();
    sync.mapping().forEach(mapping -> mapped.add(mapping.field()));
    if (sync.match() != null) {
      mapped.add(sync.match().field());
    }
    for (FieldSpec field : object.fields()) {
      if (field.required() && !mapped.contains(field.name())) {
        diagnostics.error(
            DiagnosticCode.EBB173,
            sync.locations().of("mapping"),
            "required field '" + field.name() + "' of " + object.name() + " is not mapped",
            "add '" + field.name() + ": <column>' to the mapping");
      }
    }
  }

  private static void fieldTypes(Sync sync, ObjectSpec object, OutputColumns columns, Diagnostics diagnostics) {
    for (FieldMapping mapping : sync.mapping()) {
      FieldSpec field = object.fields().stream().filter(f -> f.name().equals(mapping.field())).findFirst().orElse(null);
      if (field == null) {
        continue;
      }
      String column = mapping.source().columns().isEmpty() ? null : mapping.source().columns().get(0);
      var output = column == null ? null : columns.find(column).orElse(null);
      FieldType value = FieldTypes.ofSource(mapping.source(), output);
      if (!FieldTypes.compatible(field.type(), value)) {
        diagnostics.error(
            DiagnosticCode.EBB174,
            sync.locations().of("mapping." + mapping.field()),
            "field '" + field.name() + "' of " + object.name() + " is " + field.type() + " but its value is "
                + (output != null ? output.type() : value),
            output != null
                ? "cast it in the model SQL: CAST(" + column + " AS " + FieldTypes.sqlName(field.type()) + ")"
                : "map a model column of type " + FieldTypes.sqlName(field.type()) + " instead");
      }
    }
  }

  private static String describe(String type, ObjectSpec object) {
    return object == null ? "destination type '" + type + "'" : "object '" + object.name() + "' of '" + type + "'";
  }
}
