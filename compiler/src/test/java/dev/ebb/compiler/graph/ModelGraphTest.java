package dev.ebb.compiler.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelGraphTest {

  @Test
  void ordersEachModelAfterItsDependencies() {
    ModelGraph graph = ModelGraph.of(Map.of("c", Set.of("b", "a"), "b", Set.of("a"), "a", Set.of(), "d", Set.of()));
    assertThat(graph.topologicalOrder()).containsExactly("a", "b", "c", "d");
    assertThat(graph.upstream("c")).containsExactly("a", "b");
    assertThat(graph.cycles()).isEmpty();
  }

  @Test
  void findsCyclesAndLeavesThemOutOfTheOrder() {
    ModelGraph graph =
        ModelGraph.of(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"), "e", Set.of("e"), "f", Set.of()));
    assertThat(graph.cycles()).containsExactlyInAnyOrder(List.of("a", "b", "c"), List.of("e"));
    assertThat(graph.topologicalOrder()).containsExactly("f");
    assertThat(graph.upstream("d")).isEmpty();
  }

  @Test
  void upstreamModelsComeInTopologicalNotAlphabeticalOrder() {
    ModelGraph graph = ModelGraph.of(Map.of("z", Set.of("b"), "b", Set.of("c", "a"), "c", Set.of("a"), "a", Set.of(), "x", Set.of("z")));
    assertThat(graph.upstream("z")).containsExactly("a", "c", "b");
    assertThat(graph.upstream("x")).containsExactly("a", "c", "b", "z");
    assertThat(graph.upstream("a")).isEmpty();
  }

  @Test
  void ignoresReferencesToUnknownModels() {
    ModelGraph graph = ModelGraph.of(Map.of("a", Set.of("missing")));
    assertThat(graph.dependencies("a")).isEmpty();
    assertThat(graph.topologicalOrder()).containsExactly("a");
  }

  @Test
  void handlesLongChainsWithoutRecursion() {
    java.util.Map<String, Set<String>> chain = new java.util.HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      chain.put("m" + i, i == 0 ? Set.of() : Set.of("m" + (i - 1)));
    }
    ModelGraph graph = ModelGraph.of(chain);
    assertThat(graph.cycles()).isEmpty();
    assertThat(graph.topologicalOrder()).hasSize(20_000).startsWith("m0", "m1", "m2");
  }
}
