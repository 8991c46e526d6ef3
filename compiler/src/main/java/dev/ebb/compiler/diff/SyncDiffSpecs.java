package dev.ebb.compiler.diff;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a sync's {@link DiffSpec} from a valid compilation: the model's compiled SQL for the
 * warehouse, its primary key, and the columns the mapping reads (the match column included), each
 * with the type the analysis derived. Column references resolve case-insensitively to the names the
 * model outputs, as validation does.
 */
public final class SyncDiffSpecs {

  private SyncDiffSpecs() {}

  public static DiffSpec of(
      Sync sync, Project project, SqlAnalysis analysis, Dialect dialect, String runId) {
    AnalyzedModel model = analysis.model(sync.model()).orElseThrow(
        () -> new IllegalArgumentException("model " + sync.model() + " of sync " + sync.name() + " did not validate"));
    List<DiffColumn> key = new ArrayList<>();
    for (String column : primaryKey(project, sync)) {
      key.add(column(model, column));
    }
    List<DiffColumn> mapped = new ArrayList<>();
    for (String column : mappedColumns(sync)) {
      mapped.add(column(model, column));
    }
    return new DiffSpec(
        sync.name(),
        project.config().snapshotSchema(),
        analysis.compiledSql().query(sync.model(), dialect),
        key,
        mapped,
        sync.mode(),
        fingerprint(sync, project, analysis),
        runId,
        jsonRecord(sync, project, model).orElse(null));
  }

  /**
   * The sync's record for the warehouse to render as JSON, when its mapping allows (see {@link
   * JsonRecords}). Rows match by the sync's match column, else by the first primary key column, as
   * the runtime's mapper does.
   */
  public static Optional<JsonRecord> jsonRecord(Sync sync, Project project, AnalyzedModel model) {
    String match = sync.match() == null ? primaryKey(project, sync).get(0) : sync.match().column();
    Map<String, DiffColumn> columns = new LinkedHashMap<>();
    for (OutputColumn column : model.columns()) {
      columns.put(column.name(), new DiffColumn(column.name(), column.type()));
    }
    return JsonRecords.of(sync.mapping(), match, columns);
  }

  /** The sync's {@link MappingFingerprint}, over the output names and types of the model. */
  public static String fingerprint(Sync sync, Project project, SqlAnalysis analysis) {
    AnalyzedModel model = analysis.model(sync.model()).orElseThrow();
    Map<String, String> types = new LinkedHashMap<>();
    for (OutputColumn column : model.columns()) {
      types.put(column.name(), column.type());
    }
    List<String> key = primaryKey(project, sync).stream().map(c -> column(model, c).name()).toList();
    return MappingFingerprint.of(sync, key, types);
  }

  /** The primary key declared in the model's properties (validation guarantees one). */
  public static List<String> primaryKey(Project project, Sync sync) {
    return project.model(sync.model())
        .flatMap(Model::describedBy)
        .map(ModelProperties::primaryKey)
        .filter(k -> !k.isEmpty())
        .orElseThrow(() -> new IllegalArgumentException("model " + sync.model() + " declares no primary_key"));
  }

  /** The match column, then every column the mapping reads, in order of first appearance. */
  public static List<String> mappedColumns(Sync sync) {
    Set<String> columns = new LinkedHashSet<>();
    if (sync.match() != null) {
      columns.add(sync.match().column());
    }
    for (FieldMapping line : sync.mapping()) {
      columns.addAll(line.source().columns());
    }
    return List.copyOf(columns);
  }

  private static DiffColumn column(AnalyzedModel model, String name) {
    for (OutputColumn column : model.columns()) {
      if (column.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return new DiffColumn(column.name(), column.type());
      }
    }
    throw new IllegalArgumentException("model " + model.name() + " has no column " + name);
  }
}
