package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.TextDiagnosticRenderer;
import dev.ebb.runtime.schedule.WorkerPool;
import dev.ebb.engine.run.RunOptions;
import dev.ebb.engine.run.RunProgress;
import dev.ebb.engine.run.SyncRunner;
import dev.ebb.runtime.web.ServeApplication;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ebb worker}: workers only, claiming the runs {@code ebb serve} queues in a shared state store. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Execute queued runs from the state store, without scheduling or serving.",
      "Run several on several machines sharing a PostgreSQL state store (EBB_STATE_URL);",
      "a dead worker's run is resumed by another from its checkpoint once its lease expires."
    })
final class WorkerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;
  @Mixin LeaseOption lease;

  @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int workers = 2;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration leaseTime = lease.lease();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    if (compiled.hasErrors()) {
      out.print(new TextDiagnosticRenderer().render(compiled.report()));
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    return Workspaces.guarded(err, () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        ServeApplication.Options defaults = ServeApplication.Options.DEFAULTS;
        SyncRunner runner = new SyncRunner(workspace, RunOptions.DEFAULTS, RunProgress.NONE);
        WorkerPool pool = new WorkerPool(workspace.state(), runner::execute, workers, leaseTime, defaults.poll());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
          pool.close();
          stopped.countDown();
        }, "ebb-sigterm");
        Runtime.getRuntime().addShutdownHook(hook);
        pool.start();
        out.printf("ebb worker: %d workers claiming runs; Ctrl-C or SIGTERM stops%n", workers);
        out.flush();
        try {
          stopped.await();
        } catch (InterruptedException e) {
          pool.close();
        }
        return ExitCodes.OK;
      }
    });
  }
}
