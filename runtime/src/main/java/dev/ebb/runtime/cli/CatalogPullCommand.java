package dev.ebb.runtime.cli;

import dev.ebb.engine.warehouse.CatalogPuller;
import dev.ebb.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ebb catalog pull}: write catalog.yml from the warehouse's information schema. */
@Command(name = "pull", mixinStandardHelpOptions = true, description = {
  "Read every table and column of the target warehouse and write catalog.yml at the project root,",
  "so `ebb validate` (and CI) check models against it without warehouse credentials."
})
final class CatalogPullCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    // The project need not validate yet: pulling the catalog is how a new project gets its sources.
    ProjectCompilation compiled = ProjectCompilation.run(project, false, null);
    return Workspaces.guarded(spec.commandLine().getErr(), () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        CatalogPuller puller = new CatalogPuller(workspace.clock());
        String snapshotSchema = compiled.project().config().snapshotSchema();
        List<CatalogPuller.Table> tables = puller.read(workspace.warehouse(), snapshotSchema);
        for (CatalogPuller.Table table : tables) {
          out.printf("  %s.%s (%d columns)%n", table.schema(), table.name(), table.columns().size());
        }
        Path file = puller.pull(workspace.warehouse(), snapshotSchema, compiled.root());
        out.printf("wrote %s: %d tables from target %s (%s)%n", compiled.root().relativize(file), tables.size(),
            workspace.target().name(), workspace.warehouse().type());
        out.println("  `ebb validate` now checks models against it; commit it for CI");
        out.flush();
        return ExitCodes.OK;
      }
    });
  }
}
