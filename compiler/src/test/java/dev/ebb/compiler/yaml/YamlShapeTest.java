package dev.ebb.compiler.yaml;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlShapeTest {

  private static final YamlShape SHAPE =
      YamlShape.of(
          "thing",
          required("name", YamlType.STRING),
          required("kind", YamlType.STRING),
          optional("size", YamlType.INTEGER),
          optional("tags", YamlType.STRING_OR_LIST),
          optional("description", YamlType.STRING));

  private final Diagnostics diagnostics = new Diagnostics();

  private YamlFields read(String text) {
    YamlNode root = new YamlParser().parse("t.yml", text, diagnostics).orElseThrow();
    return SHAPE.read(root, diagnostics).orElseThrow();
  }

  @Test
  void wellTypedValuesAreReadWithTheirLocations() {
    YamlFields fields = read("name: a\nkind: b\nsize: 3\ntags: [x, y]\n");

    assertThat(fields.string("name")).isEqualTo("a");
    assertThat(fields.integer("size")).isEqualTo(3);
    assertThat(fields.strings("tags", diagnostics)).containsExactly("x", "y");
    assertThat(fields.locationOf("size")).isEqualTo(new SourceLocation("t.yml", 3, 7));
    assertThat(diagnostics.size()).isZero();
  }

  @Test
  void reportsEveryProblemOfAMapping() {
    YamlFields fields = read("name: [a]\nsise: 3\ncolour: red\n");

    List<Diagnostic> found = diagnostics.sorted();
    assertThat(found)
        .extracting(d -> d.code() + "@" + d.location())
        .containsExactly(
            "EBB105@t.yml:1:1", "EBB103@t.yml:1:7", "EBB102@t.yml:2:1", "EBB102@t.yml:3:1");
    assertThat(found.get(2).hint()).isEqualTo("did you mean 'size'?");
    assertThat(found.get(3).hint()).startsWith("allowed keys: name, kind");
    assertThat(fields.string("name")).as("a wrongly typed value reads as absent").isNull();
  }

  @Test
  void aRequiredKeyWithAWrongTypeIsNotAlsoMissing() {
    read("name: a\nkind: {x: 1}\n");

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB103);
  }

  @Test
  void anEmptyOptionalValueIsAbsent() {
    YamlFields fields = read("name: a\nkind: b\ndescription:\n");

    assertThat(fields.has("description")).isFalse();
    assertThat(diagnostics.size()).isZero();
  }

  @Test
  void aNonMappingIsAWrongType() {
    YamlNode root = new YamlParser().parse("t.yml", "- a\n- b\n", diagnostics).orElseThrow();

    assertThat(SHAPE.read(root, diagnostics)).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB103);
  }
}
