package dev.ebb.engine.state;

import java.util.List;

/**
 * What settled batches leave in the state store besides their checkpoint.
 *
 * @param results per-record log lines
 * @param deadLetters records the destination refused for good
 */
public record SettledRecords(List<NewRecordResult> results, List<NewDeadLetter> deadLetters) {

  /** Nothing besides the checkpoint. */
  public static final SettledRecords NONE = new SettledRecords(List.of(), List.of());

  public SettledRecords {
    results = List.copyOf(results);
    deadLetters = List.copyOf(deadLetters);
  }
}
