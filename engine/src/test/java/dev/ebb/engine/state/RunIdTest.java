package dev.ebb.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RunIdTest {

  @Test
  void theIdsTheStoreHandsOutAreRunIds() {
    RunIds ids = new RunIds(Clock.fixed(Instant.parse("2026-12-04T19:00:00Z"), ZoneOffset.UTC));

    RunId id = RunId.of(ids.next());

    assertThat(id.value()).hasSize(26);
    assertThat(id.tableSuffix()).isEqualTo(id.value().toLowerCase(java.util.Locale.ROOT));
    assertThat(id).hasToString(id.value());
  }

  @Test
  void anythingElseIsRefused() {
    assertThatThrownBy(() -> RunId.of("01JEXAMPLE")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunId.of("01jeq5v9k3x8m2n4p6r7s8t9va")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunId.of("01JEQ5V9K3X8M2N4P6R7S8T9UA")).hasMessageContaining("not a run id");
    assertThatThrownBy(() -> RunId.of(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(RunId.of("01JEQ5V9K3X8M2N4P6R7S8T9VA").tableSuffix()).isEqualTo("01jeq5v9k3x8m2n4p6r7s8t9va");
  }
}
