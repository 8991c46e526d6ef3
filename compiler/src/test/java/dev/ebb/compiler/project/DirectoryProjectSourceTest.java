package dev.ebb.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryProjectSourceTest {

  @TempDir Path dir;

  @Test
  void listsProjectFilesSortedWithForwardSlashes() throws IOException {
    ProjectFiles.write(
        dir,
        Map.of(
            "ebb_project.yml", "",
            "models/marts/b.sql", "",
            "models/a.sql", "",
            "target/manifest.json", "",
            ".ebb/state.db", "",
            ".git/HEAD", "",
            "models/.scratch/x.sql", "",
            "models/target/kept.sql", ""));

    DirectoryProjectSource source = new DirectoryProjectSource(dir);

    assertThat(source.files())
        .containsExactly("ebb_project.yml", "models/a.sql", "models/marts/b.sql", "models/target/kept.sql");
    assertThat(source.read("models/a.sql")).isEmpty();
  }

  @Test
  void refusesPathsOutsideTheProject() {
    DirectoryProjectSource source = new DirectoryProjectSource(dir.resolve("project"));

    assertThatThrownBy(() -> source.read("../secret.txt")).isInstanceOf(IOException.class);
  }
}
