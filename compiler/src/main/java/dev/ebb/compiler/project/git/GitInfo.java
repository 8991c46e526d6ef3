package dev.ebb.compiler.project.git;

/**
 * The git state of a project directory, recorded in the manifest and in every delivered record's
 * provenance.
 *
 * @param inGit false when the project is not inside a git work tree; the other fields are then
 *     null/false
 * @param commit the full sha of HEAD, or null before the first commit
 * @param branch the checked-out branch, or null when HEAD is detached
 * @param dirty whether the project folder has uncommitted changes (untracked files included,
 *     {@code target/} and {@code .ebb/} excluded)
 */
public record GitInfo(boolean inGit, String commit, String branch, boolean dirty) {

  public static final GitInfo NOT_IN_GIT = new GitInfo(false, null, null, false);

  /** {@code 1a2b3c4 on main (dirty)}, or {@code not a git repository}. */
  public String describe() {
    if (!inGit) {
      return "not a git repository";
    }
    String where = commit == null ? "no commit yet" : commit.substring(0, Math.min(7, commit.length()));
    String on = branch == null ? " (detached)" : " on " + branch;
    return where + on + (dirty ? " (dirty)" : "");
  }
}
