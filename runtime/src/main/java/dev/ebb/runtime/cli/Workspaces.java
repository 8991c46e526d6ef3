package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.engine.state.StateStoreException;
import dev.ebb.engine.warehouse.WarehouseException;
import dev.ebb.engine.workspace.DestinationUnavailableException;
import dev.ebb.engine.workspace.Workspace;
import dev.ebb.engine.workspace.WorkspaceException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Opens a workspace for a command and turns connection problems into user-facing errors. */
final class Workspaces {

  private Workspaces() {}

  static Workspace open(ProjectCompilation project, TargetOption target) {
    return Workspace.open(project.root(), project.compilation(), target.target, System.getenv(), Clock.systemUTC());
  }

  /**
   * Runs {@code body}, printing connection failures as one located line each (exit 1) instead of
   * a stack trace.
   */
  static int guarded(PrintWriter err, Callable<Integer> body) throws Exception {
    try {
      return body.call();
    } catch (WorkspaceException e) {
      for (Diagnostic diagnostic : e.diagnostics()) {
        err.println(diagnostic.headline());
        if (diagnostic.hint() != null) {
          err.println("  hint: " + diagnostic.hint());
        }
      }
      err.flush();
      return ExitCodes.USER_FAILURE;
    } catch (WarehouseException | DestinationUnavailableException | StateStoreException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return ExitCodes.USER_FAILURE;
    }
  }
}
