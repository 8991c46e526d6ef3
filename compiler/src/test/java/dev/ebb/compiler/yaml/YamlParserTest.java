package dev.ebb.compiler.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlParserTest {

  /** Would record its construction if YAML ever instantiated it. */
  public static final class Exploit {
    static boolean constructed;

    public Exploit() {
      constructed = true;
    }
  }

  private final YamlParser parser = new YamlParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<YamlNode> parse(String text) {
    return parser.parse("syncs/s.yml", text, diagnostics);
  }

  @Test
  void nodesCarryOneBasedLocations() {
    YamlNode root = parse("sync: a\nmapping:\n  email: e_mail\n").orElseThrow();

    YamlNode mapping = root.entries().get(1).value();
    assertThat(mapping.entries().get(0).value().location()).isEqualTo(new SourceLocation("syncs/s.yml", 3, 10));
    assertThat(diagnostics.size()).isZero();
  }

  @Test
  void syntaxErrorIsReportedAtTheProblem() {
    assertThat(parse("sync: a\nmode: [upsert\nother: 1\n")).isEmpty();

    Diagnostic error = diagnostics.sorted().get(0);
    assertThat(error.code()).isEqualTo(DiagnosticCode.EBB101);
    assertThat(error.location().line()).isEqualTo(3);
  }

  @Test
  void foreignTagsAreRejectedAtTheTagAndNeverInstantiated() {
    String exploit = "sync: a\ndescription: !!" + Exploit.class.getName() + " {}\n";

    assertThat(parse(exploit)).isEmpty();

    assertThat(Exploit.constructed).isFalse();
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(DiagnosticCode.EBB107);
          assertThat(d.location()).isEqualTo(new SourceLocation("syncs/s.yml", 2, 14));
        });
  }

  @Test
  void aliasBombIsRejected() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
    }

    assertThat(parse(bomb.toString())).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB107);
  }

  @Test
  void aFewAliasesAreFine() {
    YamlNode root = parse("base: &base {a: 1}\none: *base\ntwo: *base\n").orElseThrow();

    assertThat(root.value()).isEqualTo(Map.of("base", Map.of("a", 1L), "one", Map.of("a", 1L), "two", Map.of("a", 1L)));
  }

  @Test
  void recursiveAliasIsRejected() {
    assertThat(parse("tags: &t [a, *t]\n")).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB107);
  }

  @Test
  void oversizedFileIsRejected() {
    String huge = "description: \"" + "x".repeat(YamlParser.MAX_CODE_POINTS) + "\"\n";

    assertThat(parse(huge)).isEmpty();

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB107);
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondAndTheFirstWins() {
    YamlNode root = parse("a: 1\nb: 2\na: 3\n").orElseThrow();

    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(DiagnosticCode.EBB106);
          assertThat(d.location()).isEqualTo(new SourceLocation("syncs/s.yml", 3, 1));
          assertThat(d.message()).contains("line 1");
        });
    assertThat(root.value()).isEqualTo(Map.of("a", 1L, "b", 2L));
  }

  @Test
  void scalarsBecomePlainValues() {
    YamlNode root = parse("s: text\ni: 42\nf: 0.5\nb: true\nn: ~\nq: \"42\"\nl: [1, two]\n").orElseThrow();

    Map<?, ?> values = (Map<?, ?>) root.value();
    assertThat(values.get("s")).isEqualTo("text");
    assertThat(values.get("i")).isEqualTo(42L);
    assertThat(values.get("f")).isEqualTo(0.5);
    assertThat(values.get("b")).isEqualTo(true);
    assertThat(values.containsKey("n")).isTrue();
    assertThat(values.get("n")).isNull();
    assertThat(values.get("q")).isEqualTo("42");
    assertThat(values.get("l")).isEqualTo(List.of(1L, "two"));
  }

  @Test
  void emptyFileIsAnEmptyMapping() {
    YamlNode root = parse("").orElseThrow();

    assertThat(root.isMapping()).isTrue();
    assertThat(root.entries()).isEmpty();
  }
}
