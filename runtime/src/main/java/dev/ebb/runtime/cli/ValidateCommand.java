package dev.ebb.runtime.cli;

import dev.ebb.compiler.diagnostic.DiagnosticFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ebb validate}: every problem of the project, offline, with file:line:column. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Load, parse and validate the whole project against sources.yml / catalog.yml.",
      "Needs no warehouse and no credentials. Exit 0 when valid, 1 when not.",
      "SQL is checked by the rules of --target's warehouse, else of `dialect:` in ebb_project.yml,",
      "else of the profile's default target (profiles.yml is read, nothing connects)."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin FormatOption format;
  @Mixin TargetOption target;

  @Override
  public Integer call() {
    ProjectCompilation result = ProjectCompilation.run(project, false, null, target.target);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.format.renderer().render(result.report()));
    if (format.format == DiagnosticFormat.TEXT && !result.hasErrors()) {
      var p = result.project();
      out.printf(
          "ok: %d models, %d syncs, %d destinations%n", p.models().size(), p.syncs().size(), p.destinations().size());
    }
    out.flush();
    return result.hasErrors() ? ExitCodes.USER_FAILURE : ExitCodes.OK;
  }
}
