package dev.ebb.compiler.artifact;

import dev.ebb.artifacts.Manifest;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.sql.ColumnRef;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Column-level lineage: destination field, the model columns it reads, and the source columns
 * those come from (Calcite's column origins, through upstream models).
 */
final class LineageAssembler {

  private final Project project;
  private final SqlAnalysis analysis;

  LineageAssembler(Project project, SqlAnalysis analysis) {
    this.project = project;
    this.analysis = analysis;
  }

  /** Every field of every sync: syncs by name, fields in mapping order. */
  List<Manifest.FieldLineage> lineage() {
    List<Manifest.FieldLineage> lineage = new ArrayList<>();
    for (Sync sync : project.syncs().stream().sorted(Comparator.comparing(Sync::name)).toList()) {
      for (FieldMapping mapping : sync.mapping()) {
        List<Manifest.ColumnLineage> reads =
            mapping.source().columns().stream().distinct().map(c -> read(sync.model(), c)).toList();
        lineage.add(
            new Manifest.FieldLineage(
                sync.name(), mapping.field(), sync.destination(), sync.object(), kind(mapping.source()), reads));
      }
    }
    return lineage;
  }

  /** A model column; its origins are empty when the model or column did not validate. */
  private Manifest.ColumnLineage read(String model, String column) {
    Optional<OutputColumn> output = analysis.model(model).flatMap(m -> m.column(column));
    return new Manifest.ColumnLineage(
        model,
        column,
        output.map(o -> origins(o.directOrigins())).orElse(List.of()),
        output.map(o -> origins(o.sourceOrigins())).orElse(List.of()));
  }

  static List<Manifest.ColumnOrigin> origins(List<ColumnRef> refs) {
    return refs.stream()
        .map(r -> new Manifest.ColumnOrigin(r.kind().name().toLowerCase(Locale.ROOT), r.relation(), r.column()))
        .distinct()
        .toList();
  }

  static String kind(FieldSource source) {
    if (source instanceof FieldSource.Template) {
      return "template";
    }
    if (source instanceof FieldSource.Constant) {
      return "constant";
    }
    return "column";
  }
}
