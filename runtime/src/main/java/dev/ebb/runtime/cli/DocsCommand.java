package dev.ebb.runtime.cli;

import dev.ebb.artifacts.Manifest;
import dev.ebb.docs.dbt.DbtManifest;
import dev.ebb.docs.exposures.DbtExposures;
import dev.ebb.docs.site.SitePaths;
import dev.ebb.docs.site.SiteGenerator;
import dev.ebb.docs.site.SiteReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ebb docs generate}: the static docs and lineage site, or dbt exposures. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "Documentation of the project: models, syncs, destinations and their lineage.",
    subcommands = {DocsCommand.Generate.class})
final class DocsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  enum Format {
    site,
    dbt_exposures
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Validate, then write the static site to target/docs/ (open target/docs/index.html, no server needed),",
        "or with --format dbt-exposures every sync as a dbt exposure in target/dbt_exposures.yml."
      })
  static final class Generate implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        converter = FormatConverter.class,
        description = "site (default) or dbt-exposures.")
    Format format = Format.site;

    @Option(names = "--dbt-manifest", paramLabel = "PATH", description = "dbt's target/manifest.json: dbt models that build source tables are shown and referenced with ref().")
    Path dbtManifest;

    @Option(names = "--site-url", paramLabel = "URL", description = "Where the site is published; exposures link to it. Default: docs/ (relative).")
    String siteUrl = "docs/";

    @Override
    public Integer call() throws IOException {
      Path root = project.root();
      ProjectCompilation result = ProjectCompilation.run(project, true, null);
      PrintWriter out = spec.commandLine().getOut();
      if (result.hasErrors()) {
        out.print(dev.ebb.compiler.diagnostic.DiagnosticFormat.TEXT.renderer().render(result.report()));
        out.flush();
        return ExitCodes.USER_FAILURE;
      }
      Manifest manifest = CompileCommand.buildManifest(root, result.compilation());
      Optional<DbtManifest> dbt = readDbt(root);
      if (format == Format.dbt_exposures) {
        Path file = root.resolve(DbtExposures.DEFAULT_PATH);
        new DbtExposures(manifest, dbt, siteUrl).write(file);
        out.printf("wrote %d exposures to %s%n", manifest.syncs().size(), root.relativize(file));
      } else {
        SiteReport report = new SiteGenerator(manifest, dbt).generate(root.resolve(SitePaths.DEFAULT_DIR));
        out.printf("wrote %d pages to %s/%n  open %s%n", report.pages(), root.relativize(report.dir()), report.index().toUri());
      }
      out.flush();
      return ExitCodes.OK;
    }

    private Optional<DbtManifest> readDbt(Path root) {
      if (dbtManifest == null) {
        return Optional.empty();
      }
      Path file = root.resolve(dbtManifest);
      if (!Files.isRegularFile(file)) {
        throw new UserFacingException("--dbt-manifest " + dbtManifest + " does not exist", "pass dbt's target/manifest.json (run `dbt compile` or `dbt docs generate` first)");
      }
      try {
        return Optional.of(DbtManifest.read(file));
      } catch (IOException e) {
        throw new UserFacingException("--dbt-manifest " + dbtManifest + " is not a dbt manifest: " + e.getMessage(), "pass dbt's target/manifest.json");
      }
    }
  }

  /** Accepts {@code dbt-exposures} as written on the command line. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value) {
        case "site" -> Format.site;
        case "dbt-exposures" -> Format.dbt_exposures;
        default -> throw new picocli.CommandLine.TypeConversionException("expected site or dbt-exposures, got '" + value + "'");
      };
    }
  }
}
