package dev.ebb.runtime.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command: {@code ebb <subcommand>}. Its subcommands are listed here rather than in the
 * annotation so that a command line builds only the one it runs (see {@link Main}).
 */
@Command(
    name = "ebb",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reverse ETL as code: SQL models and YAML syncs, validated offline, diffed in the warehouse.")
final class EbbCommand implements Runnable {

  /**
   * A subcommand, made when the command line needs it.
   *
   * @param name the name its {@code @Command} declares
   * @param readsModels whether it compiles the project's SQL, so that a cold start can begin
   *     preparing the SQL analysis before the command line is even parsed
   */
  record Subcommand(String name, Supplier<Object> command, boolean readsModels) {}

  /** In the order {@code ebb --help} lists them. */
  static final List<Subcommand> SUBCOMMANDS =
      List.of(
          new Subcommand("init", InitCommand::new, false),
          new Subcommand("validate", ValidateCommand::new, true),
          new Subcommand("compile", CompileCommand::new, true),
          new Subcommand("plan", PlanCommand::new, true),
          new Subcommand("run", RunCommand::new, true),
          new Subcommand("seed", SeedCommand::new, true),
          new Subcommand("catalog", CatalogCommand::new, true),
          new Subcommand("check", CheckCommand::new, true),
          new Subcommand("docs", DocsCommand::new, true),
          new Subcommand("serve", ServeCommand::new, true),
          new Subcommand("worker", WorkerCommand::new, true),
          new Subcommand("runs", RunsCommand::new, true),
          new Subcommand("retry", RetryCommand::new, true),
          new Subcommand("pause", PauseCommand::new, true),
          new Subcommand("resume", ResumeCommand::new, true));

  @Spec CommandSpec spec;

  /**
   * The subcommand the arguments name. The root's options (help, version) take no value, so the
   * first argument that is not an option is the subcommand, if it is one.
   */
  static Optional<Subcommand> named(String... args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return SUBCOMMANDS.stream().filter(s -> s.name().equals(arg)).findFirst();
      }
    }
    return Optional.empty();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
