package dev.ebb.compiler.artifact;

import dev.ebb.artifacts.Manifest;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The project DAG: source -> model -> model ... -> sync -> destination. */
final class DagAssembler {

  private static final Comparator<Manifest.DagEdge> EDGE_ORDER =
      Comparator.comparing(Manifest.DagEdge::from).thenComparing(Manifest.DagEdge::to);

  private final Project project;
  private final SqlAnalysis analysis;
  private final SortedMap<String, Manifest.DagNode> nodes = new TreeMap<>();
  private final SortedSet<Manifest.DagEdge> edges = new TreeSet<>(EDGE_ORDER);

  DagAssembler(Project project, SqlAnalysis analysis) {
    this.project = project;
    this.analysis = analysis;
  }

  Manifest.Dag dag() {
    project.catalog().tables().stream().map(SourceTable::qualifiedName).forEach(t -> node("source", t));
    project.models().stream().map(Model::name).forEach(m -> node("model", m));
    project.destinations().stream().map(Destination::name).forEach(d -> node("destination", d));
    for (AnalyzedModel model : analysis.models().values()) {
      String to = node("model", model.name());
      model.sourceDependencies().forEach(s -> edge(node("source", s), to));
      model.modelDependencies().forEach(m -> edge(node("model", m), to));
    }
    for (Sync sync : project.syncs()) {
      String id = node("sync", sync.name());
      edge(node("model", sync.model()), id);
      edge(id, node("destination", sync.destination()));
    }
    return new Manifest.Dag(List.copyOf(nodes.values()), List.copyOf(edges));
  }

  private String node(String kind, String name) {
    String id = kind + ":" + name;
    nodes.putIfAbsent(id, new Manifest.DagNode(id, kind, name));
    return id;
  }

  private void edge(String from, String to) {
    edges.add(new Manifest.DagEdge(from, to));
  }
}
