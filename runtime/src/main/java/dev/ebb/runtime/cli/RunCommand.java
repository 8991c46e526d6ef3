package dev.ebb.runtime.cli;

import dev.ebb.compiler.model.Sync;
import dev.ebb.runtime.state.RunTrigger;
import dev.ebb.runtime.sync.RunOptions;
import dev.ebb.runtime.sync.RunReport;
import dev.ebb.runtime.sync.SyncRuns;
import dev.ebb.runtime.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ebb run}: run the selected syncs once, resuming unfinished runs first. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the selected syncs once: diff in the warehouse, deliver what changed, commit.",
      "Unfinished runs (after a crash or kill) resume from their last checkpoint first.",
      "Exit 0 when every sync succeeded, 1 when one failed or was stopped by a guard."
    })
final class RunCommand implements Callable<Integer> {

  /** Within the 30 s a supervisor typically allows between SIGTERM and SIGKILL. */
  private static final int SHUTDOWN_GRACE_SECONDS = 27;

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;
  @Mixin SelectionOptions selection;

  @Option(names = "--full-refresh", description = "Forget what was delivered: send every row again.")
  boolean fullRefresh;

  @Option(names = "--confirm", description = "Proceed past the delete, change and empty-model guards.")
  boolean confirm;

  @Option(names = "--threads", paramLabel = "N", description = "Syncs run at once (default: ${DEFAULT-VALUE}).")
  int threads = 4;

  @Option(names = "--no-record-log", negatable = true, description = "Keep a per-record log of every delivered record (default: on; failures are always logged).")
  boolean recordLog = true;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, selection);
    if (compiled.hasErrors()) {
      out.print(new dev.ebb.compiler.diagnostic.TextDiagnosticRenderer().render(compiled.report()));
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    // SIGTERM starts the JVM's shutdown: the hook interrupts the run, waits until it checkpointed
    // and closed the workspace, then ends the process with 0 (else the JVM would exit 143 at once).
    Thread main = Thread.currentThread();
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> stopGracefully(main, closed), "ebb-sigterm");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return Workspaces.guarded(err, () -> {
        try (Workspace workspace = Workspaces.open(compiled, target)) {
          RunOptions options = RunOptions.DEFAULTS.withConfirm(confirm).withFullRefresh(fullRefresh).withRecordLog(recordLog);
          ConsoleProgress progress = new ConsoleProgress(out);
          SyncRuns runs = new SyncRuns(workspace, options, progress, threads);
          List<Sync> selected = compiled.selection().syncs();
          Set<String> names = selected.stream().map(Sync::name).collect(Collectors.toSet());
          List<RunReport> reports = new ArrayList<>(runs.resumeUnfinished(names));
          try {
            reports.addAll(runs.run(selected, RunTrigger.MANUAL));
          } catch (InterruptedException e) {
            out.println("stopped: in-flight batches were checkpointed; the next run resumes them");
            out.flush();
            return ExitCodes.OK;
          }
          out.print(SummaryTable.render(reports));
          out.flush();
          return reports.stream().anyMatch(r -> r.outcome().isFailure()) ? ExitCodes.USER_FAILURE : ExitCodes.OK;
        }
      });
    } finally {
      closed.countDown();
      removeHook(hook);
    }
  }

  private static void stopGracefully(Thread main, CountDownLatch closed) {
    main.interrupt();
    try {
      if (closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
        Runtime.getRuntime().halt(ExitCodes.OK);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting: the hook has done its job.
    }
  }
}
