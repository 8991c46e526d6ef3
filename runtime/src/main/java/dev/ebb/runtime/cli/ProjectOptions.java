package dev.ebb.runtime.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --project DIR} and {@code --vars}, shared by every subcommand that reads a project. */
final class ProjectOptions {

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description = "The project folder (holding ebb_project.yml). Default: the current folder.")
  Path project = Path.of(".");

  @Option(
      names = "--vars",
      paramLabel = "YAML",
      description = "Override or add project vars for this command, as a YAML or JSON mapping, e.g. --vars '{as_of: 2026-11-02}'.")
  String vars;

  /** The project root, checked to exist. */
  Path root() {
    Path root = project.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new UserFacingException(
          "project folder " + project + " does not exist", "pass --project DIR, the folder holding ebb_project.yml");
    }
    return root;
  }
}
