package dev.ebb.docs.site;

import dev.ebb.artifacts.Manifest;
import dev.ebb.artifacts.Manifest.ModelNode;
import dev.ebb.artifacts.Manifest.SyncNode;
import dev.ebb.docs.dbt.DbtManifest;
import dev.ebb.docs.lineage.FieldTrace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lookups the pages need in both directions (downstream models, syncs per model, who reads a column). */
final class ProjectIndex {

  final Manifest manifest;
  final Optional<DbtManifest> dbt;
  final List<FieldTrace> traces;
  private final Map<String, List<String>> downstreamModels = new HashMap<>();
  private final Map<String, List<String>> modelsOfSource = new HashMap<>();
  private final Map<String, List<SyncNode>> syncsOfModel = new HashMap<>();
  private final Map<String, List<SyncNode>> syncsOfDestination = new HashMap<>();
  private final Map<String, List<FieldTrace>> fieldsOfSourceColumn = new HashMap<>();
  private final Map<String, List<FieldTrace>> fieldsOfModelColumn = new HashMap<>();
  private final Map<String, Map<String, FieldTrace>> traceByField = new HashMap<>();

  ProjectIndex(Manifest manifest, Optional<DbtManifest> dbt, List<FieldTrace> traces) {
    this.manifest = manifest;
    this.dbt = dbt;
    this.traces = traces;
    for (ModelNode model : manifest.models()) {
      model.dependsOn().models().forEach(up -> add(downstreamModels, up, model.name()));
      model.dependsOn().sources().forEach(s -> add(modelsOfSource, s, model.name()));
    }
    for (SyncNode sync : manifest.syncs()) {
      add(syncsOfModel, sync.model(), sync);
      add(syncsOfDestination, sync.destination(), sync);
    }
    for (FieldTrace trace : traces) {
      trace.sourceColumns().forEach(c -> add(fieldsOfSourceColumn, c, trace));
      trace.modelColumns().forEach(c -> add(fieldsOfModelColumn, c, trace));
      traceByField.computeIfAbsent(trace.sync(), s -> new HashMap<>()).put(trace.field(), trace);
    }
  }

  List<String> downstreamModels(String model) {
    return downstreamModels.getOrDefault(model, List.of());
  }

  List<String> modelsOfSource(String relation) {
    return modelsOfSource.getOrDefault(relation, List.of());
  }

  List<SyncNode> syncsOfModel(String model) {
    return syncsOfModel.getOrDefault(model, List.of());
  }

  List<SyncNode> syncsOfDestination(String destination) {
    return syncsOfDestination.getOrDefault(destination, List.of());
  }

  /** Destination fields fed by a source column ({@code schema.table.column}). */
  List<FieldTrace> fieldsOfSourceColumn(String column) {
    return fieldsOfSourceColumn.getOrDefault(column, List.of());
  }

  /** Destination fields fed by a model column ({@code model.column}). */
  List<FieldTrace> fieldsOfModelColumn(String column) {
    return fieldsOfModelColumn.getOrDefault(column, List.of());
  }

  Optional<FieldTrace> trace(String sync, String field) {
    return Optional.ofNullable(traceByField.getOrDefault(sync, Map.of()).get(field));
  }

  private static <T> void add(Map<String, List<T>> index, String key, T value) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }
}
