package dev.ebb.compiler.project.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Finds the repository a project folder belongs to, and the folder's path inside it. */
final class GitRepositories {

  private GitRepositories() {}

  /** The repository whose work tree holds {@code projectDir}, searching upwards. */
  static Optional<Repository> find(Path projectDir) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    Repository repository = builder.setMustExist(true).build();
    if (repository.isBare()) {
      repository.close();
      return Optional.empty();
    }
    return Optional.of(repository);
  }

  /** {@code ""} for the work tree's root, else {@code sub/folder/} with forward slashes. */
  static String prefix(Repository repository, Path projectDir) throws IOException {
    Path root = repository.getWorkTree().toPath().toRealPath();
    Path relative = root.relativize(projectDir.toRealPath());
    String prefix = relative.toString().replace('\\', '/');
    return prefix.isEmpty() ? "" : prefix + "/";
  }
}
