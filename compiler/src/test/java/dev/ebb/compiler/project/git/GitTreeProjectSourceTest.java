package dev.ebb.compiler.project.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeProjectSourceTest {

  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void readsTheFilesAsCommittedAtBranchTagShaAndRelativeRef() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      String first =
          repo.write(Map.of("ebb_project.yml", "name: acme\n", "models/a.sql", "SELECT 1 AS id\n"))
              .commit("first");
      repo.git().tag().setName("v1").setAnnotated(true).setMessage("v1").setSigned(false).call();
      repo.git().branchCreate().setName("release").call();
      repo.write(Map.of("models/a.sql", "SELECT 2 AS id\n", "models/b.sql", "SELECT 3 AS id\n")).commit("second");
      repo.write(Map.of("models/a.sql", "SELECT 99 AS id\n")); // uncommitted: never read

      for (String ref : new String[] {"release", "v1", first, first.substring(0, 10), "HEAD~1"}) {
        try (GitTreeProjectSource source = open(ref)) {
          assertThat(source.files()).as(ref).containsExactly("ebb_project.yml", "models/a.sql");
          assertThat(source.read("models/a.sql")).as(ref).isEqualTo("SELECT 1 AS id\n");
          assertThat(source.commit()).isEqualTo(first);
        }
      }
      try (GitTreeProjectSource head = open("HEAD")) {
        assertThat(head.files()).containsExactly("ebb_project.yml", "models/a.sql", "models/b.sql");
        assertThat(head.read("models/a.sql")).isEqualTo("SELECT 2 AS id\n");
        assertThat(head.describe()).startsWith("HEAD (");
      }
    }
  }

  @Test
  void aSubFolderProjectSeesProjectRelativePathsOnly() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      repo.write(
              Map.of(
                  "README.md", "root\n",
                  "analytics/ebb_project.yml", "name: acme\n",
                  "analytics/syncs/s.yml", "sync: s\n",
                  "analytics-old/ebb_project.yml", "name: old\n"))
          .commit("first");

      Optional<GitTreeProjectSource> source =
          GitTreeProjectSource.open(dir.resolve("analytics"), "main", diagnostics);

      assertThat(source).isPresent();
      try (GitTreeProjectSource tree = source.get()) {
        assertThat(tree.files()).containsExactly("ebb_project.yml", "syncs/s.yml");
        assertThat(tree.read("ebb_project.yml")).isEqualTo("name: acme\n");
        assertThatThrownBy(() -> tree.read("README.md")).isInstanceOf(NoSuchFileException.class);
      }
    }
  }

  @Test
  void aProjectFolderAbsentAtTheRefIsEmpty() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      repo.write(Map.of("README.md", "root\n")).commit("first");
      repo.write(Map.of("analytics/ebb_project.yml", "name: acme\n")).commit("second");

      try (GitTreeProjectSource tree =
          GitTreeProjectSource.open(dir.resolve("analytics"), "HEAD~1", diagnostics).orElseThrow()) {
        assertThat(tree.files()).isEmpty();
      }
    }
  }

  @Test
  void anUnknownRefIsEbb191() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      repo.write(Map.of("ebb_project.yml", "name: acme\n")).commit("first");

      for (String ref : new String[] {"mian", "HEAD~5", "no such ref"}) {
        assertThat(GitTreeProjectSource.open(dir, ref, diagnostics)).as(ref).isEmpty();
      }

      assertThat(diagnostics.sorted()).hasSize(3).extracting(Diagnostic::code).containsOnly(DiagnosticCode.EBB191);
      assertThat(diagnostics.sorted().get(2).message()).contains("no branch, tag or commit named 'no such ref'");
    }
  }

  @Test
  void aFolderOutsideGitIsEbb191() throws Exception {
    assertThat(GitTreeProjectSource.open(dir, "main", diagnostics)).isEmpty();

    assertThat(diagnostics.sorted().get(0).message()).endsWith("is not in a git repository");
  }

  private GitTreeProjectSource open(String ref) throws Exception {
    Optional<GitTreeProjectSource> source = GitTreeProjectSource.open(dir, ref, diagnostics);
    assertThat(diagnostics.sorted()).as(ref).isEmpty();
    return source.orElseThrow();
  }
}
