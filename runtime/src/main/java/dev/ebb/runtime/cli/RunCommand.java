package dev.ebb.runtime.cli;

import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.Leases;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.run.RunOptions;
import dev.ebb.engine.run.RunReport;
import dev.ebb.engine.run.SyncRuns;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
      "Each sync is claimed first: one that another process runs is not run, unless --wait.",
      "Its unfinished runs (after a crash or kill) resume from their last checkpoint first.",
      "Exit 0 when every sync succeeded; 1 when one failed, was stopped by a guard,",
      "had every record refused, or was busy elsewhere; 143 when SIGTERM stopped it mid-run."
    })
final class RunCommand implements Callable<Integer> {

  /** Within the 30 s a supervisor typically allows between SIGTERM and SIGKILL. */
  private static final int SHUTDOWN_GRACE_SECONDS = 27;

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;
  @Mixin SelectionOptions selection;
  @Mixin LeaseOption lease;

  @Option(names = "--full-refresh", description = "Forget what was delivered: send every row again.")
  boolean fullRefresh;

  @Option(names = "--confirm", description = "Proceed past the delete, change and empty-model guards.")
  boolean confirm;

  @Option(names = "--threads", paramLabel = "N", description = "Syncs run at once (default: ${DEFAULT-VALUE}).")
  int threads = 4;

  @Option(names = "--no-record-log", negatable = true, description = "Keep a per-record log of every delivered record (default: on; failures are always logged).")
  boolean recordLog = true;

  @Option(names = "--wait", description = "Wait for a sync another process is running, then run it (default: exit 1 at once).")
  boolean waitForClaims;

  @Option(names = "--wait-timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "30m",
      description = "With --wait, how long to wait for each sync (default: ${DEFAULT-VALUE}).")
  Duration waitTimeout;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, selection, target.target);
    if (compiled.hasErrors()) {
      out.print(new dev.ebb.compiler.diagnostic.TextDiagnosticRenderer().render(compiled.report()));
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    Duration leaseTime = lease.lease();
    // SIGTERM starts the JVM's shutdown: the hook interrupts the run, waits until it checkpointed,
    // gave its claims back and closed the workspace, then ends the process with the exit code the
    // command returned (143 when it interrupted a run).
    Thread main = Thread.currentThread();
    CountDownLatch closed = new CountDownLatch(1);
    AtomicInteger exit = new AtomicInteger(ExitCodes.INTERRUPTED);
    Thread hook = new Thread(() -> stopGracefully(main, closed, exit), "ebb-sigterm");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      exit.set(Workspaces.guarded(err, () -> {
        try (Workspace workspace = Workspaces.open(compiled, target);
            Leases leases = new Leases(workspace.state(), ClaimHolder.command("run"), leaseTime)) {
          RunOptions options = RunOptions.DEFAULTS.withConfirm(confirm).withFullRefresh(fullRefresh).withRecordLog(recordLog);
          ConsoleProgress progress = new ConsoleProgress(out);
          SyncRuns runs = new SyncRuns(workspace, options, progress, threads, leases, waitForClaims ? waitTimeout : Duration.ZERO);
          List<RunReport> reports;
          try {
            reports = runs.run(compiled.selection().syncs(), RunTrigger.MANUAL);
          } catch (InterruptedException e) {
            out.println("stopped: in-flight batches were checkpointed; the next run resumes them");
            out.flush();
            return ExitCodes.INTERRUPTED;
          }
          out.print(SummaryTable.render(reports));
          out.flush();
          return reports.stream().anyMatch(r -> r.outcome().isFailure()) ? ExitCodes.USER_FAILURE : ExitCodes.OK;
        }
      }));
      return exit.get();
    } finally {
      closed.countDown();
      removeHook(hook);
    }
  }

  private static void stopGracefully(Thread main, CountDownLatch closed, AtomicInteger exit) {
    main.interrupt();
    try {
      if (closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
        Runtime.getRuntime().halt(exit.get());
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
