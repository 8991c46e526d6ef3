package dev.ebb.artifacts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code target/manifest.json}: everything {@code ebb compile} knows about a project, the only
 * compiler output that the runtime and the docs site read. Field by field in {@code
 * docs/manifest.md}; JSON names are the snake_case of the component names.
 *
 * <p>Version {@value #SCHEMA_VERSION}: fields may be added within v1, never renamed or removed.
 */
public record Manifest(
    String schemaVersion,
    String ebbVersion,
    String generatedAt,
    ProjectInfo project,
    GitState git,
    List<ModelNode> models,
    List<SourceNode> sources,
    List<SyncNode> syncs,
    List<DestinationNode> destinations,
    Dag dag,
    List<FieldLineage> lineage) {

  public static final String SCHEMA_VERSION = "ebb/manifest/v1";

  public Manifest {
    models = list(models);
    sources = list(sources);
    syncs = list(syncs);
    destinations = list(destinations);
    lineage = list(lineage);
  }

  public Optional<ModelNode> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public Optional<SyncNode> sync(String name) {
    return syncs.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<DestinationNode> destination(String name) {
    return destinations.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The lineage of every field of one sync, in mapping order. */
  public List<FieldLineage> lineageOf(String sync) {
    return lineage.stream().filter(l -> l.sync().equals(sync)).toList();
  }

  public record ProjectInfo(String name, String profile, String snapshotSchema, Map<String, Object> vars) {
    public ProjectInfo {
      vars = map(vars);
    }
  }

  /** {@code in_git: false} with null commit/branch/dirty when the project is not in git. */
  public record GitState(boolean inGit, String commit, String branch, Boolean dirty) {}

  public record ModelNode(
      String name,
      String file,
      String description,
      String owner,
      List<String> tags,
      List<String> primaryKey,
      String sql,
      String renderedSql,
      Map<String, String> compiledSql,
      List<ModelColumn> columns,
      DependsOn dependsOn,
      String checksum) {
    public ModelNode {
      tags = list(tags);
      primaryKey = list(primaryKey);
      compiledSql = map(compiledSql);
      columns = list(columns);
    }
  }

  /** {@code type}/{@code nullable} are null when the model's SQL did not validate. */
  public record ModelColumn(
      String name,
      String type,
      Boolean nullable,
      String description,
      List<DataTest> tests,
      List<ColumnOrigin> directOrigins,
      List<ColumnOrigin> sourceOrigins) {
    public ModelColumn {
      tests = list(tests);
      directOrigins = list(directOrigins);
      sourceOrigins = list(sourceOrigins);
    }
  }

  /** {@code not_null}, {@code unique}, or {@code accepted_values} with its values. */
  public record DataTest(String type, List<String> values) {
    public DataTest {
      values = list(values);
    }
  }

  /** A lineage node: {@code kind} is {@code source} (relation {@code schema.table}) or {@code model}. */
  public record ColumnOrigin(String kind, String relation, String column) {}

  /** @param sources {@code schema.table} */
  public record DependsOn(List<String> models, List<String> sources) {
    public DependsOn {
      models = list(models);
      sources = list(sources);
    }
  }

  public record SourceNode(String schema, String name, String description, List<SourceColumn> columns) {
    public SourceNode {
      columns = list(columns);
    }
  }

  public record SourceColumn(String name, String type, String description) {}

  public record SyncNode(
      String name,
      String file,
      String description,
      String model,
      String destination,
      String object,
      String mode,
      Match match,
      List<MappedField> mapping,
      ScheduleSpec schedule,
      Guards guards,
      List<String> tags,
      String checksum,
      String mappingFingerprint) {
    public SyncNode {
      mapping = list(mapping);
      tags = list(tags);
    }
  }

  public record Match(String column, String field) {}

  /**
   * One mapping line; {@code kind} is {@code column}, {@code template} or {@code constant}, and
   * only that kind's fields are set. {@code columns} lists the model columns read (all kinds).
   */
  public record MappedField(
      String field, String kind, String column, String template, Object value, List<String> columns) {
    public MappedField {
      columns = list(columns);
    }
  }

  /** {@code kind} is {@code cron} (with {@code cron}), {@code after} (with {@code after}) or {@code manual}. */
  public record ScheduleSpec(String kind, String cron, String after) {}

  public record Guards(Double deleteSafety, Double changeSafety) {}

  /** {@code config} exactly as written: {@code {{env.X}}} references are never resolved here. */
  public record DestinationNode(
      String name,
      String file,
      String type,
      String description,
      Map<String, Object> config,
      Limits limits,
      String checksum) {
    public DestinationNode {
      config = map(config);
    }
  }

  public record Limits(Double requestsPerSecond, Integer maxConcurrency, Integer batchSize) {}

  /** Sources, models, syncs and destinations, and the edges data flows along. */
  public record Dag(List<DagNode> nodes, List<DagEdge> edges) {
    public Dag {
      nodes = list(nodes);
      edges = list(edges);
    }
  }

  /** {@code id} is {@code <kind>:<name>}, e.g. {@code source:analytics.customers}. */
  public record DagNode(String id, String kind, String name) {}

  public record DagEdge(String from, String to) {}

  /** Which model columns a destination field reads, and where those come from. */
  public record FieldLineage(
      String sync, String field, String destination, String object, String kind, List<ColumnLineage> reads) {
    public FieldLineage {
      reads = list(reads);
    }
  }

  public record ColumnLineage(
      String model, String column, List<ColumnOrigin> directOrigins, List<ColumnOrigin> sourceOrigins) {
    public ColumnLineage {
      directOrigins = list(directOrigins);
      sourceOrigins = list(sourceOrigins);
    }
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  // Sorted and null-tolerant: config and vars may hold null values as written in YAML.
  private static <V> Map<String, V> map(Map<String, V> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
