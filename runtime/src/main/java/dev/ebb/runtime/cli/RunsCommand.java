package dev.ebb.runtime.cli;

import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.SyncControl;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ebb runs}: run history, newest first; {@code ebb runs show RUN} for one run. */
@Command(name = "runs", mixinStandardHelpOptions = true, subcommands = RunShowCommand.class,
    description = {"Run history from the state store, newest first.", "`ebb runs show RUN` shows one run in detail."})
final class RunsCommand implements Callable<Integer> {

  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;

  @Option(names = "--sync", paramLabel = "SYNC", description = "Only the runs of this sync.")
  String sync;

  @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.TEXT;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        List<Run> runs = workspace.state().runs(sync, Math.max(1, limit));
        List<SyncControl> paused = workspace.state().pausedSyncs();
        if (format == Format.JSON) {
          List<Object> items = new ArrayList<>();
          runs.forEach(run -> items.add(RunViews.json(run, workspace.clock())));
          out.print(RunViews.toJson(Map.of("runs", items,
              "paused", paused.stream().map(p -> RunViews.pauseJson(p)).toList())));
        } else {
          out.print(text(runs, paused, workspace));
        }
        out.flush();
        return ExitCodes.OK;
      }
    });
  }

  private String text(List<Run> runs, List<SyncControl> paused, Workspace workspace) {
    StringBuilder out = new StringBuilder();
    if (runs.isEmpty()) {
      out.append(sync == null ? "no runs yet\n" : "no runs of " + sync + " yet\n");
    } else {
      TextTable table = new TextTable("run", "sync", "status", "trigger", "started", ">duration", ">planned", ">sent",
          ">ok", ">failed", ">dead", "error");
      for (Run run : runs) {
        table.row(run.id(), run.sync(), run.status().code(), run.trigger().code(), RunViews.time(run.queuedAt()),
            RunViews.duration(run, workspace.clock()), run.counts().planned(), run.counts().sent(),
            run.counts().succeeded(), run.counts().failed(), run.counts().deadLettered(),
            RunViews.shorten(run.error(), 60));
      }
      out.append(table.render());
    }
    for (SyncControl control : paused) {
      if (sync == null || sync.equals(control.sync())) {
        out.append("\npaused: ").append(control.sync()).append(control.reason() == null ? "" : " (" + control.reason() + ")");
      }
    }
    if (!paused.isEmpty()) {
      out.append('\n');
    }
    return out.toString();
  }
}
