package dev.ebb.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.testing.TestingModelAnalyzer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the broken-project corpus ({@code src/test/resources/broken/<case>/}) cases about project
 * files, syncs and destinations through the loader and checks, with the testing SQL analyzer.
 * Cases expecting SQL diagnostics (EBB104, EBB130-159) need the real analyzer and are left to
 * the full corpus runner. {@code -Dgolden.update=true} rewrites each case's expected.txt.
 */
class LoadingCorpusTest {

  private static final Pattern CODE = Pattern.compile("\\[EBB(\\d{3})]");
  private static final Path SOURCE_CORPUS = Path.of("src/test/resources/broken");

  @TestFactory
  Stream<DynamicTest> brokenProjects() throws IOException, URISyntaxException {
    Path corpus = Path.of(LoadingCorpusTest.class.getResource("/broken").toURI());
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(corpus)) {
      cases = dirs.filter(Files::isDirectory).sorted().filter(LoadingCorpusTest::isLoadingCase).toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    Compiler compiler = new Compiler(new TestingModelAnalyzer(), DestinationTypes.load());
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> runCase(compiler, dir)));
  }

  private static void runCase(Compiler compiler, Path dir) throws IOException {
    Compilation compilation = compiler.compile(new DirectoryProjectSource(dir));
    List<String> actual = compilation.diagnostics().stream().map(LoadingCorpusTest::line).toList();
    if (Boolean.getBoolean("golden.update")) {
      Path expected = SOURCE_CORPUS.resolve(dir.getFileName()).resolve("expected.txt");
      Files.writeString(expected, actual.isEmpty() ? "" : String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
      return;
    }
    List<String> expected = expected(dir);
    assertThat(actual)
        .as("diagnostics of %s (all: %s)", dir.getFileName(), compilation.diagnostics().stream().map(Diagnostic::headline).toList())
        .containsExactlyElementsOf(expected);
  }

  private static String line(Diagnostic diagnostic) {
    return diagnostic.location() + ": " + diagnostic.severity().label() + "[" + diagnostic.code().id() + "]";
  }

  private static List<String> expected(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .toList();
  }

  /** Cases whose expected codes are all about files, syncs and destinations. */
  private static boolean isLoadingCase(Path dir) {
    Path expected = dir.resolve("expected.txt");
    if (!Files.exists(expected)) {
      return false;
    }
    try {
      Matcher codes = CODE.matcher(Files.readString(expected, StandardCharsets.UTF_8));
      while (codes.find()) {
        int code = Integer.parseInt(codes.group(1));
        if (code == 104 || (code >= 130 && code < 160)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
