package dev.ebb.compiler.project.git;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.project.ProjectSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The project's files as committed at a git ref (branch, tag, sha, {@code HEAD~1}), for {@code
 * --state REF}. Works when the project is a sub-folder of the repository. A project folder that
 * does not exist at the ref reads as an empty project: everything in it is new. Reads are
 * thread-safe: the blob map is built once, and a file repository's object database is.
 */
public final class GitTreeProjectSource implements ProjectSource, AutoCloseable {

  private final Repository repository;
  private final String ref;
  private final String commit;
  private final SortedMap<String, ObjectId> blobs;

  private GitTreeProjectSource(
      Repository repository, String ref, String commit, SortedMap<String, ObjectId> blobs) {
    this.repository = repository;
    this.ref = ref;
    this.commit = commit;
    this.blobs = blobs;
  }

  /**
   * @return empty, with an EBB191 diagnostic, when the folder is not in a git repository or the
   *     ref does not name a commit
   */
  public static Optional<GitTreeProjectSource> open(Path projectDir, String ref, Diagnostics diagnostics)
      throws IOException {
    SourceLocation where = SourceLocation.of("<command line>");
    Optional<Repository> found = GitRepositories.find(projectDir);
    if (found.isEmpty()) {
      diagnostics.error(
          DiagnosticCode.EBB191,
          where,
          "--state " + ref + ": " + projectDir + " is not in a git repository",
          "state:modified compares with a commit; run it in a git work tree, or drop --state");
      return Optional.empty();
    }
    Repository repository = found.get();
    try {
      Optional<ObjectId> commitId = resolve(repository, ref);
      if (commitId.isEmpty()) {
        diagnostics.error(
            DiagnosticCode.EBB191,
            where,
            "--state " + ref + ": no branch, tag or commit named '" + ref + "' in " + repository.getWorkTree(),
            "use a branch (main), a tag, a commit sha or a relative ref such as HEAD~1;"
                + " in a shallow CI clone, fetch the ref first");
        repository.close();
        return Optional.empty();
      }
      String prefix = GitRepositories.prefix(repository, projectDir);
      SortedMap<String, ObjectId> blobs = filesAt(repository, commitId.get(), prefix);
      return Optional.of(new GitTreeProjectSource(repository, ref, commitId.get().name(), blobs));
    } catch (IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  private static Optional<ObjectId> resolve(Repository repository, String ref) throws IOException {
    try {
      return Optional.ofNullable(repository.resolve(ref + "^{commit}"));
    } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
        | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
      return Optional.empty();
    }
  }

  private static SortedMap<String, ObjectId> filesAt(Repository repository, ObjectId commitId, String prefix)
      throws IOException {
    SortedMap<String, ObjectId> blobs = new TreeMap<>();
    try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
      RevCommit commit = walk.parseCommit(commitId);
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      if (!prefix.isEmpty()) {
        tree.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      }
      while (tree.next()) {
        FileMode mode = tree.getFileMode(0);
        // Regular files only: symlinks and submodules are not project files.
        boolean regular = mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        if (regular && tree.getPathString().startsWith(prefix)) {
          blobs.put(tree.getPathString().substring(prefix.length()), tree.getObjectId(0));
        }
      }
    }
    return blobs;
  }

  /** The full sha the ref resolved to. */
  public String commit() {
    return commit;
  }

  @Override
  public List<String> files() {
    return List.copyOf(blobs.keySet());
  }

  @Override
  public String read(String path) throws IOException {
    ObjectId blob = blobs.get(path);
    if (blob == null) {
      throw new NoSuchFileException(path, null, "not in " + describe());
    }
    return new String(repository.open(blob).getBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public long size(String path) throws IOException {
    ObjectId blob = blobs.get(path);
    if (blob == null) {
      throw new NoSuchFileException(path, null, "not in " + describe());
    }
    return repository.open(blob).getSize();
  }

  @Override
  public String describe() {
    return ref + " (" + commit.substring(0, 7) + ") of " + repository.getWorkTree();
  }

  @Override
  public void close() {
    repository.close();
  }
}
