package dev.ebb.runtime.cli;

import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import java.util.stream.Collectors;

/** Commands naming a sync refuse names the project does not define. */
final class KnownSyncs {

  private KnownSyncs() {}

  static Sync require(Project project, String name) {
    return project.sync(name).orElseThrow(() -> new UserFacingException(
        "no sync named '" + name + "' in this project",
        "defined syncs: " + project.syncs().stream().map(Sync::name).sorted().collect(Collectors.joining(", "))));
  }
}
