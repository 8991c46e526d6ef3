package dev.ebb.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.model.FieldSource;
import dev.ebb.destination.api.FieldType;
import org.junit.jupiter.api.Test;

class FieldTypesTest {

  @Test
  void sqlTypesMapToFieldTypes() {
    assertThat(FieldTypes.ofSql("VARCHAR(255)")).isEqualTo(FieldType.STRING);
    assertThat(FieldTypes.ofSql("bigint")).isEqualTo(FieldType.INTEGER);
    assertThat(FieldTypes.ofSql("DECIMAL(19, 2)")).isEqualTo(FieldType.DECIMAL);
    assertThat(FieldTypes.ofSql("DECIMAL(19, 0)")).isEqualTo(FieldType.INTEGER);
    assertThat(FieldTypes.ofSql("TIMESTAMP(0) WITH LOCAL TIME ZONE")).isEqualTo(FieldType.TIMESTAMP);
    assertThat(FieldTypes.ofSql("VARCHAR ARRAY")).isEqualTo(FieldType.JSON);
    assertThat(FieldTypes.ofSql("GEOGRAPHY")).isEqualTo(FieldType.ANY);
  }

  @Test
  void onlyDefiniteMismatchesAreIncompatible() {
    assertThat(FieldTypes.compatible(FieldType.DECIMAL, FieldType.INTEGER)).isTrue();
    assertThat(FieldTypes.compatible(FieldType.STRING, FieldType.DATE)).isTrue();
    assertThat(FieldTypes.compatible(FieldType.TIMESTAMP, FieldType.DATE)).isTrue();
    assertThat(FieldTypes.compatible(FieldType.INTEGER, FieldType.ANY)).isTrue();
    assertThat(FieldTypes.compatible(FieldType.INTEGER, FieldType.DECIMAL)).isFalse();
    assertThat(FieldTypes.compatible(FieldType.DATE, FieldType.STRING)).isFalse();
    assertThat(FieldTypes.compatible(FieldType.BOOLEAN, FieldType.INTEGER)).isFalse();
    assertThat(FieldTypes.compatible(FieldType.STRING, FieldType.JSON)).isFalse();
  }

  @Test
  void templatesAreTextAndConstantsCarryTheirType() {
    assertThat(FieldTypes.ofSource(new FieldSource.Template("{{a}}", java.util.List.of("a")), null)).isEqualTo(FieldType.STRING);
    assertThat(FieldTypes.ofSource(new FieldSource.Constant(3L), null)).isEqualTo(FieldType.INTEGER);
    assertThat(FieldTypes.ofSource(new FieldSource.Constant(true), null)).isEqualTo(FieldType.BOOLEAN);
  }
}
