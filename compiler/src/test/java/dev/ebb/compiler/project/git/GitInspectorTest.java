package dev.ebb.compiler.project.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitInspectorTest {

  @TempDir Path dir;

  @Test
  void aFolderOutsideGitSaysSo() {
    GitInfo info = GitInspector.inspect(dir);

    assertThat(info).isEqualTo(GitInfo.NOT_IN_GIT);
    assertThat(info.describe()).isEqualTo("not a git repository");
  }

  @Test
  void readsCommitBranchAndCleanState() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      String sha = repo.write(Map.of("ebb_project.yml", "name: acme\n")).commit("first");

      GitInfo info = GitInspector.inspect(dir);

      assertThat(info).isEqualTo(new GitInfo(true, sha, "main", false));
      assertThat(info.describe()).isEqualTo(sha.substring(0, 7) + " on main");
    }
  }

  @Test
  void buildOutputAndLocalStateDoNotMakeItDirty() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      repo.write(Map.of("ebb_project.yml", "name: acme\n")).commit("first");
      repo.write(Map.of("target/manifest.json", "{}", ".ebb/state.db", "x"));

      assertThat(GitInspector.inspect(dir).dirty()).isFalse();

      repo.write(Map.of("models/new.sql", "SELECT 1 AS id"));
      assertThat(GitInspector.inspect(dir).dirty()).isTrue();
    }
  }

  @Test
  void aModifiedTrackedFileIsDirty() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      repo.write(Map.of("ebb_project.yml", "name: acme\n")).commit("first");
      repo.write(Map.of("ebb_project.yml", "name: other\n"));

      assertThat(GitInspector.inspect(dir).dirty()).isTrue();
    }
  }

  @Test
  void aSubFolderProjectIgnoresChangesElsewhereInTheRepository() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      repo.write(Map.of("analytics/ebb_project.yml", "name: acme\n", "README.md", "hi\n")).commit("first");
      repo.write(Map.of("README.md", "changed\n", "analytics/target/x.sql", "SELECT 1"));

      GitInfo info = GitInspector.inspect(dir.resolve("analytics"));

      assertThat(info.inGit()).isTrue();
      assertThat(info.dirty()).isFalse();
    }
  }

  @Test
  void aDetachedHeadHasNoBranch() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      String first = repo.write(Map.of("a.yml", "a: 1\n")).commit("first");
      repo.write(Map.of("a.yml", "a: 2\n")).commit("second");
      repo.git().checkout().setName(first).call();

      GitInfo info = GitInspector.inspect(dir);

      assertThat(info.branch()).isNull();
      assertThat(info.commit()).isEqualTo(first);
      assertThat(info.describe()).endsWith("(detached)");
    }
  }

  @Test
  void aRepositoryWithoutCommitsHasNoSha() throws Exception {
    try (GitRepositoryFixture repo = GitRepositoryFixture.init(dir)) {
      Files.writeString(dir.resolve("ebb_project.yml"), "name: acme\n");

      GitInfo info = GitInspector.inspect(dir);

      assertThat(info.commit()).isNull();
      assertThat(info.branch()).isEqualTo("main");
      assertThat(info.dirty()).isTrue();
    }
  }
}
