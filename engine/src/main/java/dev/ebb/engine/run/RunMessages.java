package dev.ebb.engine.run;

import static dev.ebb.compiler.text.Messages.firstLine;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.engine.state.RunCounts;
import java.sql.SQLException;

/** The one-line texts a run report carries. */
final class RunMessages {

  private RunMessages() {}

  /** An error as one line, saying where it came from. */
  static String of(Exception e) {
    if (e instanceof SQLException sql) {
      return "warehouse error: " + firstLine(sql.getMessage());
    }
    if (e instanceof DestinationException) {
      return "destination error: " + firstLine(e.getMessage());
    }
    return firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  /** A succeeded run's counts, as the summary table shows them. */
  static String summary(RunCounts counts) {
    if (counts.sent() == 0) {
      return "no changes to send";
    }
    String summary = counts.succeeded() + " of " + counts.sent() + " records accepted";
    if (counts.skipped() > 0) {
      summary += ", " + counts.skipped() + " skipped (no such record in the destination)";
    }
    if (counts.failed() + counts.deadLettered() > 0) {
      summary += ", " + (counts.failed() + counts.deadLettered()) + " not accepted (retried next run)";
    }
    return summary;
  }
}
