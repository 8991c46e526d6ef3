package dev.ebb.runtime.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one line and exit code 2. The stack trace is shown only with
 * {@code EBB_DEBUG=1}: user mistakes never reach here (they are diagnostics or {@link
 * UserFacingException}s).
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof UserFacingException userFacing) {
      err.println("error: " + userFacing.getMessage());
      if (userFacing.hint() != null) {
        err.println("  hint: " + userFacing.hint());
      }
      err.flush();
      return ExitCodes.USER_FAILURE;
    }
    err.println("internal error: " + exception);
    if ("1".equals(System.getenv("EBB_DEBUG"))) {
      exception.printStackTrace(err);
    } else {
      err.println("  (set EBB_DEBUG=1 for the stack trace, and please report it)");
    }
    err.flush();
    return ExitCodes.USAGE_OR_INTERNAL;
  }
}
