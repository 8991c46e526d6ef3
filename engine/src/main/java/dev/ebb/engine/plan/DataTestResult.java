package dev.ebb.engine.plan;

import java.util.List;

/**
 * One data test of a sync's model and its outcome.
 *
 * @param failing offending rows (or values); 0 when the test passes
 * @param samples up to 10 offending values, as text
 */
public record DataTestResult(String name, long failing, List<String> samples) {

  public DataTestResult {
    samples = List.copyOf(samples);
  }

  public boolean passed() {
    return failing == 0;
  }
}
