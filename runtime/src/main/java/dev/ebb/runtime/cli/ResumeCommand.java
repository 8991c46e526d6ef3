package dev.ebb.runtime.cli;

import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ebb resume SYNC}: a paused sync takes runs again. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a paused sync: it takes new runs again.")
final class ResumeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;

  @Parameters(index = "0", paramLabel = "SYNC", description = "The sync to resume.")
  String sync;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    KnownSyncs.require(compiled.project(), sync);
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        boolean wasPaused = workspace.state().syncControl(sync).paused();
        workspace.state().resume(sync);
        out.println(wasPaused ? "resumed " + sync + ": it takes new runs again" : sync + " was not paused");
        out.flush();
        return ExitCodes.OK;
      }
    });
  }
}
