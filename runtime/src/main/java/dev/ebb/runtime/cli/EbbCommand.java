package dev.ebb.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code ebb <subcommand>}. */
@Command(
    name = "ebb",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reverse ETL as code: SQL models and YAML syncs, validated offline, diffed in the warehouse.",
    subcommands = {
      InitCommand.class,
      ValidateCommand.class,
      CompileCommand.class,
      PlanCommand.class,
      RunCommand.class,
      SeedCommand.class,
      CatalogCommand.class,
      CheckCommand.class,
      DocsCommand.class,
      ServeCommand.class,
      WorkerCommand.class,
      RunsCommand.class,
      RetryCommand.class,
      PauseCommand.class,
      ResumeCommand.class
    })
final class EbbCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
