package dev.ebb.runtime.cli;

import dev.ebb.engine.warehouse.SeedResult;
import dev.ebb.engine.warehouse.Seeds;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ebb seed}: load seeds/*.csv into the target warehouse. */
@Command(name = "seed", mixinStandardHelpOptions = true, description = "Load seeds/*.csv into the target warehouse (replacing the tables).")
final class SeedCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        var config = compiled.project().config();
        List<SeedResult> results =
            Seeds.loadAll(workspace.warehouse(), compiled.root(), compiled.project().seeds(), config.seedSchema());
        for (SeedResult result : results) {
          out.printf("  %-20s -> %s (%d rows)%n", result.seed(), result.table(), result.rows());
        }
        out.printf("loaded %d seeds into %s (%s)%n", results.size(), workspace.target().name(), config.seedSchema());
        out.flush();
        return ExitCodes.OK;
      }
    });
  }
}
