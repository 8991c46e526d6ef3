package dev.ebb.runtime.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A short message and the command's usage hint for a malformed command line: exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("error: " + exception.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
    err.println("  hint: run '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCodes.USAGE_OR_INTERNAL;
  }
}
