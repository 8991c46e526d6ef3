package dev.ebb.runtime.cli;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.DiagnosticReport;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.graph.ModifiedSyncs;
import dev.ebb.compiler.graph.Selection;
import dev.ebb.compiler.graph.SyncSelection;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.project.ProjectLoader;
import dev.ebb.compiler.project.git.GitTreeProjectSource;
import dev.ebb.compiler.model.Target;
import dev.ebb.compiler.project.ProfileLoader;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.compiler.sql.DialectChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load, validate and select: how every command that reads a project starts. All problems (project,
 * SQL, selection, git state) end up in one report.
 */
record ProjectCompilation(Path root, Compilation compilation, Selection selection, Optional<ModifiedSyncs> modified, DiagnosticReport report) {

  static ProjectCompilation run(ProjectOptions project, boolean lineage, SelectionOptions options) {
    return run(project, lineage, options, null);
  }

  /**
   * @param target {@code --target}, or {@code null}: the warehouse whose SQL rules models are
   *     validated by is that target's, else the project's {@code dialect:}, else the profile's
   *     default target's when profiles.yml can be read
   */
  static ProjectCompilation run(ProjectOptions project, boolean lineage, SelectionOptions options, String target) {
    Path root = project.root();
    // The warehouse chosen for validation is also the one whose unwritable SQL is reported.
    AtomicReference<String> chosen = new AtomicReference<>();
    DialectChoice choice = dialectOf(root, target);
    DialectChoice remembered =
        (config, diagnostics) -> {
          Optional<String> dialect = choice.choose(config, diagnostics);
          chosen.set(dialect.orElse(null));
          return dialect;
        };
    CalciteModelAnalyzer analyzer = CalciteModelAnalyzer.create().withLineage(lineage).withDialectChoice(remembered);
    Compiler compiler =
        new Compiler(analyzer, DestinationTypes.load())
            .withVars(project.vars)
            .withTarget(() -> chosen.get() == null ? null : Dialects.byName(chosen.get()).orElse(null));
    Compilation compilation = compiler.compile(new DirectoryProjectSource(root));
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(compilation.diagnostics());
    Optional<ModifiedSyncs> modified = Optional.empty();
    if (options != null && options.stateRef != null) {
      modified = stateAt(root, options.stateRef, compilation, diagnostics);
    }
    Selection selection =
        options == null
            ? new Selection(compilation.project().syncs())
            : new SyncSelection(compilation.project(), modified.orElse(null)).select(options.select, options.exclude, diagnostics);
    List<String> files = new ArrayList<>(compilation.project().files().keySet());
    return new ProjectCompilation(root, compilation, selection, modified, DiagnosticReport.of(diagnostics, files));
  }

  private static DialectChoice dialectOf(Path root, String target) {
    return (config, diagnostics) -> {
      if (target == null && config.dialect() != null) {
        return Optional.of(config.dialect());
      }
      // Without --target, a profile that cannot be read is no error here: validation needs none.
      Diagnostics profileDiagnostics = target == null ? new Diagnostics() : diagnostics;
      return ProfileLoader.fromSystem().load(root, config, target, profileDiagnostics).map(Target::type);
    };
  }

  boolean hasErrors() {
    return report.hasErrors();
  }

  Project project() {
    return compilation.project();
  }

  List<Diagnostic> diagnostics() {
    return report.diagnostics();
  }

  private static Optional<ModifiedSyncs> stateAt(Path root, String ref, Compilation current, Diagnostics diagnostics) {
    Optional<GitTreeProjectSource> source;
    try {
      source = GitTreeProjectSource.open(root, ref, diagnostics);
    } catch (IOException e) {
      diagnostics.error(
          DiagnosticCode.EBB191, SyncSelection.COMMAND_LINE, "--state " + ref + ": cannot read the git repository: " + e.getMessage());
      return Optional.empty();
    }
    if (source.isEmpty()) {
      return Optional.empty();
    }
    try (GitTreeProjectSource atRef = source.get()) {
      // Problems in the old definitions are not the user's concern now: only checksums matter.
      Project old = new ProjectLoader().load(atRef, new Diagnostics());
      return Optional.of(ModifiedSyncs.between(current.project(), current.analysis(), DefinitionChecksums.of(old)));
    }
  }
}
