package dev.ebb.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ebb catalog}: the warehouse catalog used for offline validation. */
@Command(name = "catalog", mixinStandardHelpOptions = true, subcommands = CatalogPullCommand.class,
    description = "The warehouse catalog offline validation uses (catalog.yml).")
final class CatalogCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
