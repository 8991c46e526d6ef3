package dev.ebb.destination.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {

  @Test
  void theBuilderDefaultsToEveryModeAnyObjectNoRateLimitAndOneRequestAtATime() {
    Capabilities built = Capabilities.builder().maxBatchSize(5_000).defaultBatchSize(500).build();
    assertThat(built)
        .isEqualTo(new Capabilities(EnumSet.allOf(WriteMode.class), List.of(), 5_000, 500, 0, 1));
  }

  @Test
  void theBuilderSetsEachValueByName() {
    ObjectSpec contacts = new ObjectSpec("contacts", Set.of(WriteMode.UPSERT), List.of());
    Capabilities built = Capabilities.builder()
        .modes(Set.of(WriteMode.INSERT))
        .objects(List.of(contacts))
        .maxBatchSize(1_000)
        .defaultBatchSize(100)
        .defaultRequestsPerSecond(10)
        .defaultMaxConcurrency(4)
        .build();
    assertThat(built).isEqualTo(new Capabilities(Set.of(WriteMode.INSERT), List.of(contacts), 1_000, 100, 10, 4));
    assertThat(built.modesFor("contacts")).containsExactly(WriteMode.UPSERT);
    assertThat(built.modesFor("other")).containsExactly(WriteMode.INSERT);
  }

  @Test
  void theBuilderRefusesLimitsThatDisagree() {
    assertThatThrownBy(() -> Capabilities.builder().maxBatchSize(100).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Capabilities.builder().maxBatchSize(100).defaultBatchSize(500).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500 and 100");
    assertThatThrownBy(() -> Capabilities.builder().maxBatchSize(1).defaultBatchSize(1).defaultRequestsPerSecond(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Capabilities.builder().maxBatchSize(1).defaultBatchSize(1).defaultMaxConcurrency(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Capabilities.builder().modes(Set.of()).maxBatchSize(1).defaultBatchSize(1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
