package dev.ebb.engine.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedKeyMapTest {

  private final FixedKeyMap.Keys keys = new FixedKeyMap.Keys(List.of("id", "email", "nickname"));

  @Test
  void behavesLikeAnOrderedMapOfItsNames() {
    Map<String, Object> map = keys.map(new Object[] {42L, "ada@example.com", null});
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("id", 42L);
    expected.put("email", "ada@example.com");
    expected.put("nickname", null);

    assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(map).containsExactly(
        Map.entry("id", 42L), Map.entry("email", "ada@example.com"), new java.util.AbstractMap.SimpleEntry<>("nickname", null));
    assertThat(map.toString()).isEqualTo(expected.toString());
    assertThat(map.get("email")).isEqualTo("ada@example.com");
    assertThat(map.containsKey("nickname")).isTrue();
    assertThat(map.get("missing")).isNull();
    assertThat(map.containsKey("missing")).isFalse();
  }

  @Test
  void isUnmodifiable() {
    Map<String, Object> map = keys.map(new Object[] {1L, "a", "b"});

    assertThatThrownBy(() -> map.put("id", 2L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(2L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void namesMustBeDistinctAndValuesMatchThem() {
    assertThatThrownBy(() -> new FixedKeyMap.Keys(List.of("a", "a"))).hasMessageContaining("duplicate name a");
    assertThatThrownBy(() -> keys.map(new Object[] {1L})).hasMessageContaining("3 names, 1 values");
  }
}
