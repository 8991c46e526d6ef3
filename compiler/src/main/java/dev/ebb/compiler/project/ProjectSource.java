package dev.ebb.compiler.project;

import java.io.IOException;
import java.util.List;

/**
 * Where project files come from: a directory on disk, or a git commit (for {@code --state REF}).
 * Paths are project-relative with forward slashes.
 */
public interface ProjectSource {

  /** Every file of the project, sorted. */
  List<String> files() throws IOException;

  /** A file's text (UTF-8). Called from several threads at once: the loader reads files in parallel. */
  String read(String path) throws IOException;

  /** A file's size in bytes, checked before reading it so an oversized file is never loaded. */
  long size(String path) throws IOException;

  /** For messages: the directory, or {@code <ref> of <repo>}. */
  String describe();
}
