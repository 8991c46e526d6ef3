package dev.ebb.destinations.file;

import dev.ebb.destination.api.DestinationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a file destination's output inside the project folder: a destinations file from a pull
 * request must not be able to write over {@code ~/.ssh} or the state store elsewhere. Checked as
 * written (offline) and again, after resolving symlinks, right before anything is written.
 */
final class ProjectFolder {

  private ProjectFolder() {}

  /** Whether a configured path, as written, is absolute or climbs above the project. */
  static boolean escapes(String path) {
    Path written = Path.of(path);
    if (written.isAbsolute() || path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
      return true;
    }
    Path normal = written.normalize();
    return !normal.toString().isEmpty() && normal.getName(0).toString().equals("..");
  }

  /**
   * Refuses a target that is not inside the project once symlinks are resolved; the target's
   * nearest existing ancestor is resolved, since the rest is created later.
   */
  static void requireInside(Path projectDir, Path target, String what) throws DestinationException {
    try {
      Path root = projectDir.toRealPath();
      Path existing = target.toAbsolutePath().normalize();
      Path rest = existing.getFileSystem().getPath("");
      while (existing != null && !Files.exists(existing)) {
        rest = existing.getFileName().resolve(rest);
        existing = existing.getParent();
      }
      Path real = existing == null ? target : existing.toRealPath().resolve(rest).normalize();
      if (!real.startsWith(root)) {
        throw DestinationException.permanent(
            what + " " + target + " leads out of the project folder " + root
                + (real.equals(target.toAbsolutePath().normalize()) ? "" : " (to " + real + ")")
                + "; set " + FileDestinationFactory.ALLOW_OUTSIDE_PROJECT + ": true to allow it",
            null);
      }
    } catch (IOException e) {
      throw DestinationException.permanent("cannot resolve " + target + ": " + e.getMessage(), e);
    }
  }
}
