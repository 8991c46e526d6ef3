package dev.ebb.runtime.cli;

import dev.ebb.engine.state.SyncControl;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ebb pause SYNC}: the sync takes no new runs until resumed. */
@Command(name = "pause", mixinStandardHelpOptions = true,
    description = "Pause a sync: it takes no new runs (scheduled, manual or after:) until `ebb resume SYNC`.")
final class PauseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;

  @Parameters(index = "0", paramLabel = "SYNC", description = "The sync to pause.")
  String sync;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why, shown in `ebb runs` and on the status site.")
  String reason;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    KnownSyncs.require(compiled.project(), sync);
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        SyncControl control = workspace.state().pause(sync, reason);
        out.println("paused " + sync + (control.reason() == null ? "" : " (" + control.reason() + ")")
            + ": it takes no new runs");
        out.println("  resume with: ebb resume " + sync);
        out.flush();
        return ExitCodes.OK;
      }
    });
  }
}
