package dev.ebb.compiler.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void suggestsTheClosestPlausibleName() {
    assertThat(DidYouMean.closest("emial", List.of("email", "first_name"))).contains("email");
    assertThat(DidYouMean.closest("upsret", List.of("insert", "upsert", "mirror"))).contains("upsert");
    assertThat(DidYouMean.closest("Email", List.of("email"))).contains("email");
  }

  @Test
  void staysSilentWhenNothingIsClose() {
    assertThat(DidYouMean.closest("revenue", List.of("email", "first_name"))).isEmpty();
    assertThat(DidYouMean.hint("x", List.of())).isNull();
  }

  @Test
  void editDistance() {
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    assertThat(DidYouMean.distance("same", "same")).isZero();
  }
}
