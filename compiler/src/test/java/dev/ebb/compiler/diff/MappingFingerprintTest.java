package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Match;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingFingerprintTest {

  private static final Map<String, String> TYPES =
      Map.of("id", "BIGINT", "email", "VARCHAR", "ltv", "DECIMAL(19, 2)");

  private static Sync sync(List<FieldMapping> mapping, WriteMode mode) {
    return new Sync("s", "customers", "hubspot", "contacts", mode, new Match("email", "email"),
        mapping, null, null, null, List.of(), null, null);
  }

  private static final List<FieldMapping> MAPPING = List.of(
      new FieldMapping("email", new FieldSource.Column("email")),
      new FieldMapping("ltv", new FieldSource.Column("ltv")),
      new FieldMapping("stage", new FieldSource.Constant("customer")));

  @Test
  void isStableAndIgnoresWhatDoesNotChangePayloads() {
    String fingerprint = MappingFingerprint.of(sync(MAPPING, WriteMode.UPSERT), List.of("id"), TYPES);
    assertThat(fingerprint).hasSize(16).matches("[0-9a-f]+");
    assertThat(MappingFingerprint.of(sync(MAPPING, WriteMode.MIRROR), List.of("id"), TYPES))
        .isEqualTo(fingerprint);
  }

  @Test
  void changesWithFieldsSourcesConstantsKeysAndTypes() {
    String base = MappingFingerprint.of(sync(MAPPING, WriteMode.UPSERT), List.of("id"), TYPES);
    List<FieldMapping> renamed = List.of(MAPPING.get(0), MAPPING.get(1),
        new FieldMapping("lifecycle", new FieldSource.Constant("customer")));
    List<FieldMapping> constant = List.of(MAPPING.get(0), MAPPING.get(1),
        new FieldMapping("stage", new FieldSource.Constant("lead")));
    assertThat(List.of(
            MappingFingerprint.of(sync(renamed, WriteMode.UPSERT), List.of("id"), TYPES),
            MappingFingerprint.of(sync(constant, WriteMode.UPSERT), List.of("id"), TYPES),
            MappingFingerprint.of(sync(MAPPING, WriteMode.UPSERT), List.of("email"), TYPES),
            MappingFingerprint.of(sync(MAPPING, WriteMode.UPSERT), List.of("id"),
                Map.of("id", "BIGINT", "email", "VARCHAR", "ltv", "DECIMAL(38, 9)"))))
        .doesNotContain(base)
        .doesNotHaveDuplicates();
  }
}
