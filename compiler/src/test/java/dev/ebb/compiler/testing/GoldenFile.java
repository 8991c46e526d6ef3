package dev.ebb.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares output with a file under src/test/resources/golden; -Dgolden.update=true rewrites it. */
public final class GoldenFile {

  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private GoldenFile() {}

  public static void assertMatches(String relativePath, String actual) throws IOException {
    Path file = ROOT.resolve(relativePath);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s is missing: create it with -Dgolden.update=true", file).exists();
    assertThat(actual).as("golden file %s (-Dgolden.update=true to accept)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
