package dev.ebb.compiler.project.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real repository in a temporary folder, written and committed with JGit. */
final class GitRepositoryFixture implements AutoCloseable {

  private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com");

  private final Path root;
  private final Git git;

  private GitRepositoryFixture(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  static GitRepositoryFixture init(Path root) throws GitAPIException {
    return new GitRepositoryFixture(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
  }

  Path root() {
    return root;
  }

  Git git() {
    return git;
  }

  GitRepositoryFixture write(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    return this;
  }

  String commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call().name();
  }

  @Override
  public void close() {
    git.close();
  }
}
