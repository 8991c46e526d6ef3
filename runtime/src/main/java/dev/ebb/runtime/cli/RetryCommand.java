package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.TextDiagnosticRenderer;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.DeliveryOutcome;
import dev.ebb.engine.state.Lease;
import dev.ebb.engine.state.Leases;
import dev.ebb.engine.state.RecordResult;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.state.SyncBusyException;
import dev.ebb.engine.run.RunOptions;
import dev.ebb.engine.run.RunReport;
import dev.ebb.engine.run.SyncRuns;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ebb retry RUN}: marks the open dead letters of the run's sync retried and starts a new
 * run of that sync (trigger retry). Rejected keys were never committed, so they are still pending
 * in the warehouse diff: the new run re-sends them at their latest values. Dead letters the new run
 * delivers are marked resolved.
 */
@Command(name = "retry", mixinStandardHelpOptions = true, description = {
  "Retry the dead letters of RUN's sync: mark them retried and run the sync again (trigger retry).",
  "The new run re-sends every pending record at its latest values.",
  "Exit 1 when the new run fails, or when another process runs the sync (unless --wait)."
})
final class RetryCommand implements Callable<Integer> {

  private static final int PAGE = 1_000;

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;
  @Mixin LeaseOption lease;

  @Option(names = "--wait", description = "Wait for another process running the sync to finish (default: exit 1 at once).")
  boolean waitForClaim;

  @Option(names = "--wait-timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "30m",
      description = "With --wait, how long to wait (default: ${DEFAULT-VALUE}).")
  Duration waitTimeout;

  @Parameters(index = "0", paramLabel = "RUN", description = "A run id (see `ebb runs`).")
  String runId;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    if (compiled.hasErrors()) {
      out.print(new TextDiagnosticRenderer().render(compiled.report()));
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    Duration leaseTime = lease.lease();
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target);
          Leases leases = new Leases(workspace.state(), ClaimHolder.command("retry"), leaseTime)) {
        StateStore state = workspace.state();
        Run run = state.run(runId).orElseThrow(() -> new UserFacingException("no run " + runId + " in the state store",
            "list runs with: ebb runs"));
        Sync sync = KnownSyncs.require(compiled.project(), run.sync());
        // Claimed before the dead letters change: a sync another process runs is left as it is.
        Thread self = Thread.currentThread();
        Lease claim;
        try {
          claim = leases.acquire(sync.name(), waitForClaim ? waitTimeout : Duration.ZERO,
              holder -> new ConsoleProgress(out).waiting(sync.name(), holder), self::interrupt);
        } catch (SyncBusyException e) {
          RunReport busy = SyncRuns.busy(sync.name(), e);
          new ConsoleProgress(out).finished(busy);
          out.print(SummaryTable.render(List.of(busy)));
          out.flush();
          return ExitCodes.USER_FAILURE;
        }
        List<RunReport> reports;
        List<String> keys;
        try (claim) {
          keys = state.openDeadLetters(sync.name()).stream().map(DeadLetter::key).toList();
          int marked = keys.isEmpty() ? 0 : state.markRetried(sync.name(), keys);
          out.printf("%s: %d open dead letters marked retried; running it again%n", sync.name(), marked);
          out.flush();
          SyncRuns runs = new SyncRuns(workspace, RunOptions.DEFAULTS, new ConsoleProgress(out), 1, leases, Duration.ZERO);
          reports = runs.runHeld(sync, RunTrigger.RETRY, claim);
        }
        int resolved = resolveDelivered(state, sync.name(), keys, reports);
        if (resolved > 0) {
          out.printf("%d dead letters delivered and resolved%n", resolved);
        }
        out.print(SummaryTable.render(reports));
        out.flush();
        return reports.stream().anyMatch(r -> r.outcome().isFailure()) ? ExitCodes.USER_FAILURE : ExitCodes.OK;
      }
    });
  }

  /** Marks resolved the retried keys the new run's destination accepted (or skipped as the mode says). */
  private static int resolveDelivered(StateStore state, String sync, List<String> keys, List<RunReport> reports) {
    if (keys.isEmpty()) {
      return 0;
    }
    Set<String> retried = new HashSet<>(keys);
    Set<String> delivered = new HashSet<>();
    for (RunReport report : reports) {
      if (report.runId().isEmpty() || !sync.equals(report.sync())) {
        continue;
      }
      String runId = report.runId().get().value();
      for (int offset = 0; ; offset += PAGE) {
        List<RecordResult> page = state.recordResults(runId, offset, PAGE);
        for (RecordResult result : page) {
          if (retried.contains(result.key())
              && (result.outcome() == DeliveryOutcome.ACCEPTED || result.outcome() == DeliveryOutcome.SKIPPED)) {
            delivered.add(result.key());
          }
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    return delivered.isEmpty() ? 0 : state.markResolved(sync, delivered);
  }
}
