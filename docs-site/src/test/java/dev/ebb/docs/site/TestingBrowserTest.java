package dev.ebb.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestingBrowserTest {

  @TempDir Path dir;

  @Test
  void findsTheFirstExecutableOfTheNamesOnPath() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path browser = executable(bin.resolve("chromium-browser"));
    String path = String.join(File.pathSeparator, empty.toString(), "", bin.toString());

    assertThat(TestingBrowser.onPath(path, List.of("chromium", "chromium-browser"))).contains(browser);
  }

  @Test
  void ignoresFilesThatAreNotExecutableAndDirectories() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.writeString(bin.resolve("chromium"), "");
    Files.createDirectories(bin.resolve("chromedriver"));

    assertThat(TestingBrowser.onPath(bin.toString(), List.of("chromium"))).isEmpty();
    assertThat(TestingBrowser.onPath(bin.toString(), List.of("chromedriver"))).isEmpty();
    assertThat(TestingBrowser.onPath(null, List.of("chromium"))).isEmpty();
  }

  private static Path executable(Path file) throws Exception {
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
