package dev.ebb.destination.api;

import java.util.Collections;
import java.util.List;

/** One outcome per record of a batch, in the batch's order. */
public record WriteResult(List<RecordOutcome> outcomes) {

  public WriteResult {
    outcomes = List.copyOf(outcomes);
  }

  public static WriteResult allAccepted(int size) {
    return new WriteResult(Collections.nCopies(size, RecordOutcome.ACCEPTED));
  }
}
