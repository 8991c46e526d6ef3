package dev.ebb.docs.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCacheTest {

  @TempDir Path dir;

  private final AtomicInteger layouts = new AtomicInteger();

  private GraphLayout countingLayout(LineageGraph graph) {
    layouts.incrementAndGet();
    return ElkLayout.layout(graph);
  }

  private static LineageGraph graph(String... edges) {
    List<GraphNode> nodes = List.of(
        new GraphNode("source:raw.a", "source", "raw.a", null, List.of()),
        new GraphNode("model:m", "model", "m", null, List.of()),
        new GraphNode("sync:s", "sync", "s", null, List.of("email", "plan")),
        new GraphNode("destination:d", "destination", "d", null, List.of()));
    return new LineageGraph(nodes, java.util.Arrays.stream(edges).map(e -> e.split(">")).map(e -> new GraphEdge(e[0], e[1])).toList());
  }

  @Test
  void anUnchangedGraphIsLaidOutOnceAndReadBackEqual() {
    LayoutCache cache = new LayoutCache(dir.resolve("layout.json"));
    LineageGraph graph = graph("source:raw.a>model:m", "model:m>sync:s", "sync:s>destination:d");
    GraphLayout first = cache.layout(graph, this::countingLayout);
    GraphLayout second = new LayoutCache(dir.resolve("layout.json")).layout(graph, this::countingLayout);
    assertThat(layouts).hasValue(1);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aChangedEdgeOrADamagedFileLaysOutAgain() throws Exception {
    LayoutCache cache = new LayoutCache(dir.resolve("layout.json"));
    cache.layout(graph("source:raw.a>model:m", "model:m>sync:s", "sync:s>destination:d"), this::countingLayout);
    GraphLayout changed = cache.layout(graph("source:raw.a>model:m", "model:m>sync:s"), this::countingLayout);
    assertThat(layouts).hasValue(2);
    assertThat(changed.routes()).hasSize(2);
    Files.writeString(dir.resolve("layout.json"), "{not json");
    cache.layout(graph("source:raw.a>model:m", "model:m>sync:s"), this::countingLayout);
    assertThat(layouts).hasValue(3);
  }
}
