package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line builds only the subcommand it runs, and behaves as if it had built them all. */
class MainTest {

  @Test
  void eachSubcommandIsListedUnderTheNameItsCommandDeclares() {
    for (EbbCommand.Subcommand subcommand : EbbCommand.SUBCOMMANDS) {
      assertThat(new CommandLine(subcommand.command().get()).getCommandName()).isEqualTo(subcommand.name());
    }
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneBuilt() {
    assertThat(Main.newCommandLine("--help").getSubcommands()).hasSameSizeAs(EbbCommand.SUBCOMMANDS);
    assertThat(Main.newCommandLine("validate", "--project", "x").getSubcommands()).containsOnlyKeys("validate");
    assertThat(Main.newCommandLine("--version", "docs", "generate").getSubcommands()).containsOnlyKeys("docs");
    assertThat(Main.newCommandLine("validat").getSubcommands()).hasSameSizeAs(EbbCommand.SUBCOMMANDS);
  }

  @Test
  void aSubcommandBuiltAloneHasTheSameUsageAsAmongAllOthers() {
    for (EbbCommand.Subcommand subcommand : EbbCommand.SUBCOMMANDS) {
      String alone = Main.newCommandLine(subcommand.name()).getSubcommands().get(subcommand.name()).getUsageMessage();
      String amongAll = Main.newCommandLine().getSubcommands().get(subcommand.name()).getUsageMessage();
      assertThat(alone).isEqualTo(amongAll);
    }
  }

  @Test
  void helpListsEverySubcommandAndATypoGetsASuggestion() {
    CliRun help = CliRun.of("--help");
    CliRun typo = CliRun.of("validat");

    assertThat(help.exitCode()).isZero();
    EbbCommand.SUBCOMMANDS.forEach(s -> assertThat(help.out()).contains("  " + s.name() + " "));
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
    assertThat(typo.err()).contains("validate");
  }
}
