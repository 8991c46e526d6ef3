package dev.ebb.docs.lineage;

import dev.ebb.artifacts.Manifest;
import dev.ebb.artifacts.Manifest.ColumnOrigin;
import dev.ebb.artifacts.Manifest.FieldLineage;
import dev.ebb.artifacts.Manifest.ModelColumn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Traces every sync field back through the models to source columns, hop by hop along {@code
 * direct_origins}, so every model column on the way is known (not only the first and the last).
 */
public final class ColumnLineage {

  private final Map<String, ModelColumn> modelColumns = new HashMap<>();

  private ColumnLineage(Manifest manifest) {
    manifest.models().forEach(m -> m.columns().forEach(c -> modelColumns.put(m.name() + "." + c.name(), c)));
  }

  /** One trace per field of every sync, syncs by name and fields in mapping order. */
  public static List<FieldTrace> traces(Manifest manifest) {
    ColumnLineage lineage = new ColumnLineage(manifest);
    return manifest.lineage().stream().map(lineage::trace).toList();
  }

  private FieldTrace trace(FieldLineage field) {
    Set<String> models = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    Set<String> nodes = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    for (Manifest.ColumnLineage read : field.reads()) {
      pending.add(read.model() + "." + read.column());
      // The compiler's own answer stays authoritative if a hop is missing below.
      read.sourceOrigins().forEach(o -> addSource(o, sources, nodes));
    }
    while (!pending.isEmpty()) {
      String modelColumn = pending.poll();
      if (!models.add(modelColumn)) {
        continue;
      }
      nodes.add("model:" + modelColumn.substring(0, modelColumn.lastIndexOf('.')));
      ModelColumn column = modelColumns.get(modelColumn);
      if (column == null) {
        continue;
      }
      for (ColumnOrigin origin : column.directOrigins()) {
        if (origin.kind().equals("model")) {
          pending.add(origin.relation() + "." + origin.column());
        } else {
          addSource(origin, sources, nodes);
        }
      }
    }
    List<String> path = new ArrayList<>(nodes);
    path.add("sync:" + field.sync());
    path.add("destination:" + field.destination());
    return new FieldTrace(
        field.sync(), field.field(), field.destination(), field.object(), field.kind(),
        List.copyOf(models), List.copyOf(sources), path);
  }

  private static void addSource(ColumnOrigin origin, Set<String> sources, Set<String> nodes) {
    if (origin.kind().equals("source")) {
      sources.add(origin.relation() + "." + origin.column());
      nodes.add("source:" + origin.relation());
    }
  }
}
