package dev.ebb.engine.delivery;

import dev.ebb.destination.api.RecordOutcome;
import java.util.ArrayList;
import java.util.List;

/** The records a settled batch's destination refused for good, as a listener derives them. */
public final class TestingRejections {

  /** A refused record and the destination's reason. */
  public record Rejection(SequencedRecord record, String reason) {}

  private TestingRejections() {}

  public static List<Rejection> of(BatchCompletion completion) {
    List<Rejection> rejections = new ArrayList<>();
    for (int i = 0; i < completion.records().size(); i++) {
      if (completion.outcomes().get(i) instanceof RecordOutcome.Rejected rejected) {
        rejections.add(new Rejection(completion.records().get(i), rejected.reason()));
      }
    }
    return rejections;
  }
}
