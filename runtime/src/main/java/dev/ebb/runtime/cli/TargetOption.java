package dev.ebb.runtime.cli;

import picocli.CommandLine.Option;

/** {@code --target T}: which output of the project's profile to use. */
final class TargetOption {

  @Option(names = {"-t", "--target"}, paramLabel = "TARGET", description = "The profile output to use (default: the profile's target).")
  String target;
}
