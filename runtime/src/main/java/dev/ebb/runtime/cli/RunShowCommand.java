package dev.ebb.runtime.cli;

import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.DeadLetterStatus;
import dev.ebb.engine.state.DeliveryOutcome;
import dev.ebb.engine.state.RecordResult;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.StateReader;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ebb runs show RUN}: one run's timeline, counts, error, failed records and dead letters. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "One run in detail: timeline, counts, error, the records that failed and its dead letters.")
final class RunShowCommand implements Callable<Integer> {

  private static final int PAGE = 1_000;

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;

  @Parameters(index = "0", paramLabel = "RUN", description = "The run id (see `ebb runs`).")
  String runId;

  @Option(names = "--limit", paramLabel = "N", description = "At most N failed records and dead letters shown (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  RunsCommand.Format format = RunsCommand.Format.TEXT;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        StateReader state = workspace.state();
        Run run = state.run(runId).orElseThrow(() -> new UserFacingException("no run " + runId + " in the state store",
            "list runs with: ebb runs"));
        List<RecordResult> failed = failedRecords(state, run.id());
        List<DeadLetter> deadLetters = deadLetters(state, run);
        if (format == RunsCommand.Format.JSON) {
          Map<String, Object> json = new LinkedHashMap<>(RunViews.json(run, workspace.clock()));
          json.put("failed_records", failed.stream().map(RunShowCommand::resultJson).toList());
          json.put("dead_letters", deadLetters.stream().map(RunViews::deadLetterJson).toList());
          out.print(RunViews.toJson(json));
        } else {
          out.print(text(run, failed, deadLetters, workspace));
        }
        out.flush();
        return ExitCodes.OK;
      }
    });
  }

  private String text(Run run, List<RecordResult> failed, List<DeadLetter> deadLetters, Workspace workspace) {
    StringBuilder out = new StringBuilder();
    out.append("run ").append(run.id()).append(" of ").append(run.sync()).append(": ").append(run.status().code())
        .append(" (trigger ").append(run.trigger().code()).append(run.fullRefresh() ? ", full refresh" : "").append(")\n");
    out.append("  git commit ").append(run.gitCommit() == null ? "none" : run.gitCommit())
        .append(", mapping fingerprint ").append(run.mappingFingerprint()).append('\n');
    out.append("\ntimeline\n");
    step(out, "queued", run.queuedAt());
    step(out, "planning", run.planningAt());
    step(out, "delivering", run.deliveringAt());
    step(out, "committing", run.committingAt());
    if (run.finishedAt() != null) {
      step(out, run.status().code(), run.finishedAt());
    }
    out.append("  duration    ").append(RunViews.duration(run, workspace.clock())).append('\n');
    RunCounts c = run.counts();
    out.append(String.format(Locale.ROOT, "%ncounts%n  planned %d (%d added, %d changed, %d removed)%n"
        + "  sent %d: %d accepted, %d skipped, %d failed (retried next run), %d dead-lettered%n",
        c.planned(), c.added(), c.changed(), c.removed(), c.sent(), c.succeeded(), c.skipped(), c.failed(), c.deadLettered()));
    run.errorMessage().ifPresent(error -> out.append("\nerror\n  ").append(error).append('\n'));
    if (!failed.isEmpty()) {
      out.append("\nrecords not accepted (").append(failed.size() == limit ? "first " : "").append(failed.size()).append(")\n");
      TextTable table = new TextTable("key", "op", "outcome", "response");
      failed.forEach(r -> table.row(r.key(), r.op().name().toLowerCase(Locale.ROOT), r.outcome().code(), RunViews.shorten(r.response(), 80)));
      out.append(indent(table.render()));
    }
    if (!deadLetters.isEmpty()) {
      out.append("\ndead letters (").append(deadLetters.size()).append(")\n");
      TextTable table = new TextTable("key", "op", "status", ">attempts", "reason");
      deadLetters.forEach(d -> table.row(d.key(), d.op() == null ? "" : d.op().name().toLowerCase(Locale.ROOT),
          d.status().code(), d.attempts(), RunViews.shorten(d.reason(), 80)));
      out.append(indent(table.render()));
      if (deadLetters.stream().anyMatch(d -> d.status() == DeadLetterStatus.OPEN)) {
        out.append("  retry them with: ebb retry ").append(run.id()).append('\n');
      }
    }
    return out.toString();
  }

  private List<RecordResult> failedRecords(StateReader state, String run) {
    List<RecordResult> failed = new ArrayList<>();
    for (int offset = 0; failed.size() < limit; offset += PAGE) {
      List<RecordResult> page = state.recordResults(run, offset, PAGE);
      for (RecordResult result : page) {
        if ((result.outcome() == DeliveryOutcome.REJECTED || result.outcome() == DeliveryOutcome.RETRYABLE) && failed.size() < limit) {
          failed.add(result);
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    return failed;
  }

  /** The sync's dead letters this run was the last to reject. */
  private List<DeadLetter> deadLetters(StateReader state, Run run) {
    return state.deadLetters(run.sync(), Math.max(limit, 1) * 10).stream()
        .filter(d -> run.id().equals(d.runId()))
        .limit(limit)
        .toList();
  }

  private static Map<String, Object> resultJson(RecordResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", result.key());
    json.put("op", result.op().name().toLowerCase(Locale.ROOT));
    json.put("outcome", result.outcome().code());
    json.put("response", result.response());
    json.put("at", result.at().toString());
    return json;
  }

  private static void step(StringBuilder out, String name, Instant at) {
    if (at != null) {
      out.append(String.format(Locale.ROOT, "  %-11s %s%n", name, RunViews.time(at)));
    }
  }

  private static String indent(String text) {
    return text.lines().map(line -> "  " + line + "\n").reduce("", String::concat);
  }
}
