package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each folder of {@code broken/} is a small project with SQL mistakes and an {@code expected.txt}:
 * one {@code file:line:column: error[EBBnnn]} line per diagnostic. With {@code
 * -Dgolden.update=true} the expected files are rewritten (review them before committing).
 */
class BrokenSqlCorpusTest {

  private static final Path SOURCE_CORPUS = Path.of("src/test/resources/broken");

  @TestFactory
  Stream<DynamicTest> everyCaseReportsExactlyItsDiagnostics() throws IOException {
    Path corpus = TestingProjectFiles.resource("broken");
    try (Stream<Path> cases = Files.list(corpus)) {
      List<Path> sqlCases = cases.filter(c -> Files.isDirectory(c.resolve("models"))).sorted().toList();
      assertThat(sqlCases).hasSizeGreaterThanOrEqualTo(15);
      return sqlCases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c))).toList().stream();
    }
  }

  private static void check(Path caseDir) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    CalciteModelAnalyzer.create().withLineage(true).analyze(TestingProjectFiles.load(caseDir), diagnostics);
    List<String> actual = diagnostics.sorted().stream().map(BrokenSqlCorpusTest::line).toList();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(SOURCE_CORPUS.resolve(caseDir.getFileName()).resolve("expected.txt"), String.join("\n", actual) + "\n");
      return;
    }
    List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
    assertThat(actual).as("diagnostics of %s; all of them: %s", caseDir.getFileName(), diagnostics.sorted().stream().map(Diagnostic::headline).toList())
        .isEqualTo(expected);
  }

  private static String line(Diagnostic d) {
    return d.location() + ": " + d.severity().label() + "[" + d.code().id() + "]";
  }
}
