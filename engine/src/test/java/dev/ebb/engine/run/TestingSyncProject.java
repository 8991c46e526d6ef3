package dev.ebb.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.engine.plan.SyncPlan;
import dev.ebb.engine.plan.SyncPlanner;
import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.Leases;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A project written into a temporary folder, compiled and run in-process like {@code ebb run}. */
public final class TestingSyncProject {

  private final Path root;

  public TestingSyncProject(Path root, Map<String, String> files) {
    this.root = root;
    files.forEach(this::write);
  }

  public Path root() {
    return root;
  }

  public void write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Compilation compile() {
    Compiler compiler = new Compiler(CalciteModelAnalyzer.create(), DestinationTypes.load());
    Compilation compilation = compiler.compile(new DirectoryProjectSource(root));
    assertThat(compilation.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline))
        .as("project diagnostics")
        .isEmpty();
    return compilation;
  }

  /** Resumes what is unfinished, then runs the named syncs once; reports by sync name. */
  public Map<String, RunReport> run(RunOptions options, String... syncs) {
    Compilation compilation = compile();
    Set<String> names = Set.of(syncs);
    List<Sync> selected = compilation.project().syncs().stream().filter(s -> names.contains(s.name())).toList();
    assertThat(selected).hasSize(syncs.length);
    try (Workspace workspace = Workspace.open(root, compilation, null, System.getenv(), Clock.systemUTC())) {
      Map<String, RunReport> reports = new LinkedHashMap<>();
      try (Leases leases = new Leases(workspace.state(), ClaimHolder.command("run"), Leases.DEFAULT_TIME)) {
        SyncRuns runs = new SyncRuns(workspace, options, RunProgress.NONE, 2, leases, Duration.ZERO);
        // A sync's resumed runs come first, its new run last: the last report is kept.
        for (RunReport report : runs.run(selected, RunTrigger.MANUAL)) {
          reports.put(report.sync(), report);
        }
      }
      return reports;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Map<String, RunReport> run(String... syncs) {
    return run(RunOptions.DEFAULTS, syncs);
  }

  /** Plans a sync as {@code ebb plan} does, without samples. */
  public SyncPlan plan(String sync) {
    Compilation compilation = compile();
    Sync selected = compilation.project().sync(sync).orElseThrow();
    try (Workspace workspace = Workspace.open(root, compilation, null, System.getenv(), Clock.systemUTC())) {
      return new SyncPlanner(compilation, workspace.warehouse(), DestinationTypes.load(), 0).plan(selected);
    }
  }

  /** Works on the project's state store, as another process would. */
  public <T> T state(Function<StateStore, T> work) {
    Compilation compilation = compile();
    try (Workspace workspace = Workspace.open(root, compilation, null, System.getenv(), Clock.systemUTC())) {
      return work.apply(workspace.state());
    }
  }

  /** The open dead letters of a sync, by key. */
  public Map<String, DeadLetter> deadLetters(String sync) {
    Compilation compilation = compile();
    try (Workspace workspace = Workspace.open(root, compilation, null, System.getenv(), Clock.systemUTC())) {
      return workspace.state().openDeadLetters(sync).stream()
          .collect(Collectors.toMap(DeadLetter::key, d -> d, (a, b) -> b, LinkedHashMap::new));
    }
  }
}
