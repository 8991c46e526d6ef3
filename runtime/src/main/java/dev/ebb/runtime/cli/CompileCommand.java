package dev.ebb.runtime.cli;

import dev.ebb.compiler.artifact.CompiledSqlWriter;
import dev.ebb.artifacts.Manifest;
import dev.ebb.compiler.artifact.ManifestBuilder;
import dev.ebb.artifacts.ManifestWriter;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.diagnostic.DiagnosticFormat;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.project.git.GitInspector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ebb compile}: validate, then write the manifest and the compiled SQL per warehouse. */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = {
      "Validate, then write target/manifest.json (models, syncs, lineage, checksums, git commit)",
      "and target/compiled/<sync>/<dialect>/*.sql for every supported warehouse."
    })
final class CompileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin FormatOption format;
  @Mixin SelectionOptions selection;

  @Override
  public Integer call() throws IOException {
    Path root = project.root();
    ProjectCompilation result = ProjectCompilation.run(project, true, selection);
    PrintWriter out = spec.commandLine().getOut();
    if (result.hasErrors() || format.format != DiagnosticFormat.TEXT || !result.diagnostics().isEmpty()) {
      out.print(format.format.renderer().render(result.report()));
    }
    if (result.hasErrors()) {
      out.flush();
      return ExitCodes.USER_FAILURE;
    }
    var compilation = result.compilation();
    Manifest manifest = buildManifest(root, compilation);
    Path manifestFile = root.resolve(ManifestWriter.DEFAULT_PATH);
    ManifestWriter.write(manifest, manifestFile);
    Path compiledDir = root.resolve(CompiledSqlWriter.DEFAULT_DIR);
    new CompiledSqlWriter(compilation.project(), compilation.analysis(), Dialects.all())
        .write(compiledDir, result.selection().syncs());
    if (format.format == DiagnosticFormat.TEXT) {
      out.printf(
          "compiled %d models and %d syncs for %d warehouses%n  %s%n  %s/%n",
          compilation.analysis().models().size(),
          result.selection().syncs().size(),
          Dialects.all().size(),
          root.relativize(manifestFile),
          root.relativize(compiledDir));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static Manifest buildManifest(Path root, dev.ebb.compiler.Compilation compilation) {
    return new ManifestBuilder(
            compilation.project(),
            compilation.analysis(),
            GitInspector.inspect(root),
            DefinitionChecksums.of(compilation.project()),
            (model, dialect) -> {
              var compiledSql = compilation.analysis().compiledSql();
              // A model the dialect cannot write has no SQL for it; target/compiled/ says why.
              return compiledSql.unwritable(model, dialect).isEmpty() ? compiledSql.compile(model, dialect) : null;
            },
            VersionProvider.version(),
            Clock.systemUTC())
        .build();
  }
}
