package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.TextDiagnosticRenderer;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ebb check}: connections and permissions of the target, the state store and destinations. */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
  "Test the target warehouse (connect, SELECT 1, schema visible), the state store, and each destination",
  "used by the selected syncs (or named with --select destination:NAME). Exit 1 when any check fails."
})
final class CheckCommand implements Callable<Integer> {

  private static final String DESTINATION_SELECTOR = "destination:";

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;
  @Mixin SelectionOptions selection;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, selection);
    if (compiled.hasErrors()) {
      out.print(new TextDiagnosticRenderer().render(compiled.report()));
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        ConnectionChecks checks = new ConnectionChecks(workspace, System.getenv());
        List<ConnectionChecks.Result> results = new ArrayList<>();
        results.add(checks.warehouse());
        if (results.get(0).ok()) {
          results.add(checks.grants(compiled.selection().syncs().stream().map(Sync::model).distinct().sorted().toList()));
        }
        results.add(checks.stateStore());
        for (Destination destination : destinations(compiled)) {
          results.add(checks.destination(destination));
        }
        TextTable table = new TextTable("check", "subject", "result", "detail");
        results.forEach(r -> table.row(r.check(), r.subject(), r.ok() ? "ok" : "FAILED", r.detail()));
        out.print(table.render());
        long failed = results.stream().filter(r -> !r.ok()).count();
        out.printf(Locale.ROOT, "%n%d checks, %d failed%n", results.size(), failed);
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.USER_FAILURE;
      }
    });
  }

  /** Destinations named by {@code destination:} selectors, then those the selected syncs use. */
  private List<Destination> destinations(ProjectCompilation compiled) {
    Project project = compiled.project();
    Set<String> names = new LinkedHashSet<>();
    for (String selector : selection.select) {
      if (selector.startsWith(DESTINATION_SELECTOR)) {
        names.add(selector.substring(DESTINATION_SELECTOR.length()));
      }
    }
    compiled.selection().syncs().stream().map(Sync::destination).sorted().forEach(names::add);
    return names.stream().map(project::destination).flatMap(java.util.Optional::stream).toList();
  }
}
