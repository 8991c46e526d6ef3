package dev.ebb.runtime.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** dbt-like sync selection, for commands that act on syncs. */
final class SelectionOptions {

  @Option(
      names = {"-s", "--select"},
      arity = "1..*",
      paramLabel = "SELECTOR",
      description = "Syncs to include: NAME, tag:T, model:M, destination:D, state:modified (with --state). Default: all.")
  List<String> select = new ArrayList<>();

  @Option(names = "--exclude", arity = "1..*", paramLabel = "SELECTOR", description = "Syncs to leave out (same selectors).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--state",
      paramLabel = "REF",
      description = "A git ref (branch, tag, commit, HEAD~1) whose definitions state:modified compares against.")
  String stateRef;
}
