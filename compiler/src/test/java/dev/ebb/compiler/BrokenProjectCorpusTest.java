package dev.ebb.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The broken-project corpus: every folder of {@code src/test/resources/broken/} is a small project
 * with mistakes and an {@code expected.txt} holding exactly the diagnostics {@code ebb validate}
 * must report, one {@code file:line:column: error[EBBnnn]} per line, in order. Runs the real
 * pipeline: YAML loading, Calcite analysis, sync and destination checks (destination types from
 * the test class path's {@code META-INF/services}).
 *
 * <p>Regenerate after an intended change, then review the diff: {@code mvn -pl compiler test
 * -Dtest=BrokenProjectCorpusTest -Dgolden.update=true}.
 */
class BrokenProjectCorpusTest {

  private static final Path SOURCE_CORPUS = Path.of("src/test/resources/broken");

  @TestFactory
  Stream<DynamicTest> everyCaseReportsExactlyItsDiagnostics() throws IOException, URISyntaxException {
    Path corpus = Path.of(BrokenProjectCorpusTest.class.getResource("/broken").toURI());
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(corpus)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    Compiler compiler = new Compiler(CalciteModelAnalyzer.create(), DestinationTypes.load());
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(compiler, dir)));
  }

  private static void check(Compiler compiler, Path dir) throws IOException {
    Compilation compilation = compiler.compile(new DirectoryProjectSource(dir));
    List<String> actual = compilation.diagnostics().stream().map(BrokenProjectCorpusTest::line).toList();
    Path expectedFile = dir.resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          SOURCE_CORPUS.resolve(dir.getFileName()).resolve("expected.txt"),
          actual.isEmpty() ? "" : String.join("\n", actual) + "\n",
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).as("every corpus case states its expected diagnostics").exists();
    List<String> expected =
        Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    assertThat(actual)
        .as("diagnostics of %s; all of them: %s", dir.getFileName(),
            compilation.diagnostics().stream().map(Diagnostic::headline).toList())
        .containsExactlyElementsOf(expected);
  }

  private static String line(Diagnostic d) {
    return d.location() + ": " + d.severity().label() + "[" + d.code().id() + "]";
  }
}
