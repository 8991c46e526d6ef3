package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled diff SQL of every case and dialect against {@code golden/diff/<case>/<dialect>/}.
 * Regenerate with {@code -Dgolden.update=true}; a mismatch prints the differing lines.
 */
class DiffSqlGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/diff");

  static Stream<Arguments> cases() {
    List<Arguments> arguments = new ArrayList<>();
    DiffCases.all().forEach((name, spec) -> Dialects.all().forEach(
        dialect -> arguments.add(Arguments.of(name, dialect.name()))));
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void matchesGoldenFiles(String caseName, String dialectName) throws IOException {
    Dialect dialect = Dialects.byName(dialectName).orElseThrow();
    Map<String, String> files = DiffSql.render(DiffCases.all().get(caseName), dialect);
    Path folder = GOLDEN.resolve(caseName).resolve(dialectName);
    boolean update = Boolean.getBoolean("golden.update");
    if (!update && Files.isDirectory(folder)) {
      try (Stream<Path> golden = Files.list(folder)) {
        assertThat(golden.map(p -> p.getFileName().toString()))
            .as("golden files of %s that are no longer rendered", folder)
            .containsExactlyInAnyOrderElementsOf(files.keySet());
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path expected = folder.resolve(file.getKey());
      if (update) {
        Files.createDirectories(folder);
        Files.writeString(expected, file.getValue(), StandardCharsets.UTF_8);
        continue;
      }
      assertThat(expected).as("golden file %s (run with -Dgolden.update=true)", expected).exists();
      String golden = Files.readString(expected, StandardCharsets.UTF_8);
      if (!golden.equals(file.getValue())) {
        fail("%s differs from the golden file:%n%s", expected, lineDiff(golden, file.getValue()));
      }
    }
  }

  /** The differing lines with their numbers: '-' golden, '+' rendered. */
  static String lineDiff(String expected, String actual) {
    String[] left = expected.split("\n", -1);
    String[] right = actual.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      String l = i < left.length ? left[i] : "<none>";
      String r = i < right.length ? right[i] : "<none>";
      if (!l.equals(r)) {
        out.append(String.format("line %d%n- %s%n+ %s%n", i + 1, l, r));
      }
    }
    return out.toString();
  }
}
