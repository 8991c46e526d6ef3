package dev.ebb.runtime.schedule;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.diff.SyncDiffSpecs;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.workspace.Workspace;

/** Runs as a workspace queues them: its git commit and each sync's current mapping fingerprint. */
public final class WorkspaceRuns {

  private WorkspaceRuns() {}

  public static RunFactory of(Workspace workspace) {
    Compilation compilation = workspace.compilation();
    return (sync, trigger) ->
        new NewRun(sync.name(), trigger, false, workspace.git().commit(),
            SyncDiffSpecs.fingerprint(sync, compilation.project(), compilation.analysis()));
  }
}
