package dev.ebb.compiler.artifact;

import dev.ebb.artifacts.Manifest;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.project.git.GitInfo;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** Assembles the {@link Manifest} of a validated project. Output is sorted for stable diffs. */
public final class ManifestBuilder {

  private final Project project;
  private final SqlAnalysis analysis;
  private final GitInfo git;
  private final DefinitionChecksums checksums;
  private final BiFunction<String, Dialect, String> compiledSql;
  private final String ebbVersion;
  private final Clock clock;
  private Map<String, String> mappingFingerprints = Map.of();

  /**
   * @param compiledSql a model's SQL compiled for a dialect, or null when it has none; called for
   *     several models at once
   */
  public ManifestBuilder(
      Project project,
      SqlAnalysis analysis,
      GitInfo git,
      DefinitionChecksums checksums,
      BiFunction<String, Dialect, String> compiledSql,
      String ebbVersion,
      Clock clock) {
    this.project = project;
    this.analysis = analysis;
    this.git = git;
    this.checksums = checksums;
    this.compiledSql = compiledSql;
    this.ebbVersion = ebbVersion;
    this.clock = clock;
  }

  /** The fingerprint of each sync's mapping, by sync name, as the diff engine computes it. */
  public ManifestBuilder mappingFingerprints(Map<String, String> fingerprints) {
    this.mappingFingerprints = Map.copyOf(fingerprints);
    return this;
  }

  public Manifest build() {
    return new Manifest(
        Manifest.SCHEMA_VERSION,
        ebbVersion,
        clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
        new Manifest.ProjectInfo(
            project.config().name(),
            project.config().profile(),
            project.config().snapshotSchema(),
            project.config().vars()),
        git.inGit()
            ? new Manifest.GitState(true, git.commit(), git.branch(), git.dirty())
            : new Manifest.GitState(false, null, null, null),
        // Each model is compiled for every dialect: independent work, spread over the cores.
        project.models().stream().sorted(Comparator.comparing(Model::name)).parallel().map(this::model).toList(),
        project.catalog().tables().stream()
            .sorted(Comparator.comparing(SourceTable::qualifiedName))
            .map(ManifestBuilder::source)
            .toList(),
        project.syncs().stream().sorted(Comparator.comparing(Sync::name)).map(this::sync).toList(),
        project.destinations().stream()
            .sorted(Comparator.comparing(Destination::name))
            .map(this::destination)
            .toList(),
        new DagAssembler(project, analysis).dag(),
        new LineageAssembler(project, analysis).lineage());
  }

  private Manifest.ModelNode model(Model model) {
    Optional<ModelProperties> properties = model.describedBy();
    Optional<AnalyzedModel> analyzed = analysis.model(model.name());
    Map<String, String> compiled = new TreeMap<>();
    if (analyzed.isPresent()) {
      for (Dialect dialect : Dialects.all()) {
        String sql = compiledSql.apply(model.name(), dialect);
        if (sql != null) {
          compiled.put(dialect.name(), sql);
        }
      }
    }
    return new Manifest.ModelNode(
        model.name(),
        model.file(),
        properties.map(ModelProperties::description).orElse(null),
        properties.map(ModelProperties::owner).orElse(null),
        properties.map(ModelProperties::tags).orElse(List.of()),
        properties.map(ModelProperties::primaryKey).orElse(List.of()),
        model.sql(),
        analyzed.map(AnalyzedModel::renderedSql).orElse(null),
        compiled,
        columns(properties, analyzed),
        new Manifest.DependsOn(
            analyzed.map(a -> a.modelDependencies().stream().sorted().toList()).orElse(List.of()),
            analyzed.map(a -> a.sourceDependencies().stream().sorted().toList()).orElse(List.of())),
        checksums.model(model.name()).orElse(null));
  }

  /** Output columns in SELECT order; only described columns when the SQL did not validate. */
  private static List<Manifest.ModelColumn> columns(
      Optional<ModelProperties> properties, Optional<AnalyzedModel> analyzed) {
    Map<String, ColumnProperties> described = new HashMap<>();
    properties.ifPresent(p -> p.columns().forEach(c -> described.put(c.name(), c)));
    if (analyzed.isEmpty()) {
      return properties.map(ModelProperties::columns).orElse(List.of()).stream()
          .map(c -> column(c.name(), null, null, c, List.of(), List.of()))
          .toList();
    }
    return analyzed.get().columns().stream()
        .map(c -> column(c.name(), c.type(), c.nullable(), described.get(c.name()), c.directOrigins(), c.sourceOrigins()))
        .toList();
  }

  private static Manifest.ModelColumn column(
      String name,
      String type,
      Boolean nullable,
      ColumnProperties described,
      List<dev.ebb.compiler.sql.ColumnRef> direct,
      List<dev.ebb.compiler.sql.ColumnRef> sources) {
    return new Manifest.ModelColumn(
        name,
        type,
        nullable,
        described == null ? null : described.description(),
        described == null
            ? List.of()
            : described.tests().stream()
                .map(t -> new Manifest.DataTest(t.kind().yamlName(), t.values()))
                .toList(),
        LineageAssembler.origins(direct),
        LineageAssembler.origins(sources));
  }

  private static Manifest.SourceNode source(SourceTable table) {
    return new Manifest.SourceNode(
        table.schema(),
        table.name(),
        table.description(),
        table.columns().stream()
            .map(c -> new Manifest.SourceColumn(c.name(), c.type(), c.description()))
            .toList());
  }

  private Manifest.SyncNode sync(Sync sync) {
    return new Manifest.SyncNode(
        sync.name(),
        sync.locations() == null ? null : sync.locations().file(),
        sync.description(),
        sync.model(),
        sync.destination(),
        sync.object(),
        sync.mode() == null ? null : sync.mode().yamlName(),
        sync.match() == null ? null : new Manifest.Match(sync.match().column(), sync.match().field()),
        sync.mapping().stream().map(ManifestBuilder::mapped).toList(),
        schedule(sync.schedule()),
        new Manifest.Guards(sync.deleteSafety(), sync.changeSafety()),
        sync.tags(),
        checksums.sync(sync.name()).orElse(null),
        mappingFingerprints.get(sync.name()));
  }

  private static Manifest.MappedField mapped(FieldMapping mapping) {
    FieldSource source = mapping.source();
    String kind = LineageAssembler.kind(source);
    return new Manifest.MappedField(
        mapping.field(),
        kind,
        source instanceof FieldSource.Column c ? c.column() : null,
        source instanceof FieldSource.Template t ? t.template() : null,
        source instanceof FieldSource.Constant k ? k.value() : null,
        source.columns());
  }

  private static Manifest.ScheduleSpec schedule(Schedule schedule) {
    if (schedule instanceof Schedule.Cron cron) {
      return new Manifest.ScheduleSpec("cron", cron.expression(), null);
    }
    if (schedule instanceof Schedule.After after) {
      return new Manifest.ScheduleSpec("after", null, after.sync());
    }
    return new Manifest.ScheduleSpec("manual", null, null);
  }

  private Manifest.DestinationNode destination(Destination destination) {
    return new Manifest.DestinationNode(
        destination.name(),
        destination.locations() == null ? null : destination.locations().file(),
        destination.type(),
        destination.description(),
        destination.config(),
        destination.limits() == null
            ? null
            : new Manifest.Limits(
                destination.limits().requestsPerSecond(),
                destination.limits().maxConcurrency(),
                destination.limits().batchSize()),
        checksums.destination(destination.name()).orElse(null));
  }
}
