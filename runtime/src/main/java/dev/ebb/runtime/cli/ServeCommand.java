package dev.ebb.runtime.cli;

import dev.ebb.artifacts.Manifest;
import dev.ebb.artifacts.ManifestWriter;
import dev.ebb.compiler.diagnostic.TextDiagnosticRenderer;
import dev.ebb.docs.site.SiteGenerator;
import dev.ebb.runtime.web.ServeApplication;
import dev.ebb.runtime.web.WebSettings;
import dev.ebb.engine.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ebb serve}: scheduler, workers and the status site with its JSON API, until SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the scheduler, N workers and the docs/status site with its JSON API, until stopped.",
      "Binds to 127.0.0.1; any other --host needs the access token in EBB_UI_TOKEN (32+ characters).",
      "Answers requests addressed to an IP address, localhost, --host or a name listed in EBB_UI_HOSTS.",
      "SIGTERM stops scheduling and claiming, checkpoints in-flight runs, releases leases, exits 0."
    })
final class ServeCommand implements Callable<Integer> {

  /** Where the docs site is generated and served from (the docs-site module's default). */
  static final String DOCS_DIR = "target/docs";

  /** Within the 30 s a supervisor typically allows between SIGTERM and SIGKILL. */
  private static final int SHUTDOWN_GRACE_SECONDS = 27;

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin TargetOption target;
  @Mixin LeaseOption lease;

  @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = WebSettings.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port = WebSettings.DEFAULT_PORT;

  @Option(names = "--workers", paramLabel = "N", description = "Worker threads executing runs (default: ${DEFAULT-VALUE}; 0 when separate `ebb worker` processes run them).")
  int workers = 2;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WebSettings settings = new WebSettings(host, port, System.getenv(WebSettings.TOKEN_VARIABLE),
        project.root().resolve(DOCS_DIR), Duration.ofMillis(500),
        WebSettings.hostNames(System.getenv(WebSettings.HOSTS_VARIABLE)));
    if (settings.refusal() != null) {
      throw new UserFacingException(settings.refusal(), "export " + WebSettings.TOKEN_VARIABLE + "=$(openssl rand -hex 32)");
    }
    ProjectCompilation compiled = ProjectCompilation.run(project, true, null);
    if (compiled.hasErrors()) {
      out.print(new TextDiagnosticRenderer().render(compiled.report()));
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    Manifest manifestRecord = CompileCommand.buildManifest(compiled.root(), compiled.compilation());
    String manifest = ManifestWriter.toJson(manifestRecord);
    generateDocs(manifestRecord, compiled.root(), err);
    // SIGTERM starts the JVM's shutdown: the hook stops scheduling and workers (in-flight runs
    // checkpoint, leases are released), waits until the workspace is closed, then ends the process
    // with 0 (else the JVM would exit 143).
    CountDownLatch closed = new CountDownLatch(1);
    return Workspaces.guarded(err, () -> {
      try (Workspace workspace = Workspaces.open(compiled, target)) {
        ServeApplication.Options options = new ServeApplication.Options(
            workers, ServeApplication.Options.DEFAULTS.tick(), lease.lease(), ServeApplication.Options.DEFAULTS.poll());
        CountDownLatch stopped = new CountDownLatch(1);
        ServeApplication app = ServeApplication.start(workspace, settings, options, () -> manifest);
        Thread hook = new Thread(() -> {
          app.close();
          stopped.countDown();
          haltOnceClosed(closed);
        }, "ebb-sigterm");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf("ebb serve: http://%s:%d/ (%d workers); Ctrl-C or SIGTERM stops%n", host, app.port(), workers);
        out.flush();
        try {
          stopped.await();
        } catch (InterruptedException e) {
          app.close();
        }
        return ExitCodes.OK;
      } finally {
        closed.countDown();
      }
    });
  }

  private static void haltOnceClosed(CountDownLatch closed) {
    try {
      if (closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
        Runtime.getRuntime().halt(ExitCodes.OK);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The same static site as {@code ebb docs generate}, regenerated from the current definitions. */
  private static void generateDocs(Manifest manifest, Path root, PrintWriter err) {
    try {
      new SiteGenerator(manifest, Optional.empty()).generate(root.resolve(DOCS_DIR));
    } catch (IOException e) {
      err.println("warning: the docs site could not be generated (" + e.getMessage() + "); serving the status pages only");
      err.flush();
    }
  }
}
