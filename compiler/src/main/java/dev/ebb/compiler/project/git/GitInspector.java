package dev.ebb.compiler.project.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.api.Status;

/** Reads a project folder's {@link GitInfo} with JGit. */
public final class GitInspector {

  /** Build output and local state never make a project dirty. */
  private static final Set<String> IGNORED_FOLDERS = Set.of("target/", ".ebb/");

  private GitInspector() {}

  /**
   * @return {@link GitInfo#NOT_IN_GIT} when the folder is not in a git work tree
   * @throws UncheckedIOException when a repository exists but cannot be read
   */
  public static GitInfo inspect(Path projectDir) {
    try {
      Optional<Repository> found = GitRepositories.find(projectDir);
      if (found.isEmpty()) {
        return GitInfo.NOT_IN_GIT;
      }
      try (Repository repository = found.get(); Git git = new Git(repository)) {
        ObjectId head = repository.resolve(Constants.HEAD);
        String fullBranch = repository.getFullBranch();
        String branch =
            fullBranch != null && fullBranch.startsWith(Constants.R_HEADS)
                ? Repository.shortenRefName(fullBranch)
                : null;
        String prefix = GitRepositories.prefix(repository, projectDir);
        return new GitInfo(true, head == null ? null : head.name(), branch, dirty(git, prefix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the git repository of " + projectDir, e);
    }
  }

  private static boolean dirty(Git git, String prefix) throws IOException {
    StatusCommand command = git.status();
    if (!prefix.isEmpty()) {
      command.addPath(prefix.substring(0, prefix.length() - 1));
    }
    try {
      Status status = command.call();
      return Stream.of(
              status.getAdded(),
              status.getChanged(),
              status.getRemoved(),
              status.getMissing(),
              status.getModified(),
              status.getUntracked(),
              status.getConflicting())
          .flatMap(Set::stream)
          .anyMatch(path -> counts(path, prefix));
    } catch (GitAPIException e) {
      throw new IOException("git status failed: " + e.getMessage(), e);
    }
  }

  private static boolean counts(String path, String prefix) {
    if (!path.startsWith(prefix)) {
      return false;
    }
    String inProject = path.substring(prefix.length());
    return IGNORED_FOLDERS.stream().noneMatch(inProject::startsWith);
  }
}
