package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.TextDiagnosticRenderer;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.engine.plan.DefinitionChanges;
import dev.ebb.engine.plan.JsonPlanRenderer;
import dev.ebb.engine.plan.MarkdownPlanRenderer;
import dev.ebb.engine.plan.ProjectPlan;
import dev.ebb.engine.plan.SyncPlan;
import dev.ebb.engine.plan.SyncPlanner;
import dev.ebb.engine.plan.TextPlanRenderer;
import dev.ebb.engine.warehouse.Warehouse;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ebb plan}: what {@code ebb run} would send, computed in the warehouse, sending nothing. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Compile, then compute each selected sync's diff against the target and report what a run would send:",
      "counts, operations, guards, data tests, sample records as the destination receives them, API calls.",
      "Nothing is sent, no run is recorded, no snapshot advances.",
      "Exit 0 when no sync would stop, 1 when one would (a guard, a data test, an error)."
    })
final class PlanCommand implements Callable<Integer> {

  enum Format { TEXT, MARKDOWN, JSON }

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;
  @Mixin SelectionOptions selection;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown (a pull-request comment) or json.")
  Format format = Format.TEXT;

  @Option(names = "--samples", paramLabel = "N", description = "Sample records shown per operation (default: ${DEFAULT-VALUE}).")
  int samples = 5;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, selection, target.target);
    if (compiled.hasErrors()) {
      out.print(new TextDiagnosticRenderer().render(compiled.report()));
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        Warehouse warehouse = workspace.warehouse();
        SyncPlanner planner = new SyncPlanner(compiled.compilation(), warehouse, DestinationTypes.load(), samples);
        List<SyncPlan> plans = new ArrayList<>();
        for (Sync sync : compiled.selection().syncs()) {
          plans.add(planner.plan(sync));
        }
        DefinitionChanges changes = compiled.modified()
            .flatMap(m -> DefinitionChanges.of(compiled.root(), selection.stateRef, m, compiled.project()))
            .orElse(null);
        ProjectPlan plan = new ProjectPlan(workspace.target().name(), warehouse.type(), workspace.git().commit(), plans, changes);
        out.print(switch (format) {
          case TEXT -> new TextPlanRenderer().render(plan);
          case MARKDOWN -> new MarkdownPlanRenderer().render(plan);
          case JSON -> new JsonPlanRenderer().render(plan);
        });
        out.flush();
        return plan.blocked() ? ExitCodes.USER_FAILURE : ExitCodes.OK;
      }
    });
  }
}
