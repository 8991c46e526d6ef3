package dev.ebb.engine.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Remembers every listener call. Not synchronized: the engine serializes calls. */
final class RecordingListener implements DeliveryListener {

  final List<BatchCompletion> completions = new ArrayList<>();
  final List<TestingRejections.Rejection> deadLetters = new ArrayList<>();
  final List<Duration> backoffs = new java.util.concurrent.CopyOnWriteArrayList<>();
  long lastSettled = -1;
  boolean settledWentBack;

  @Override
  public void batchCompleted(BatchCompletion completion) {
    settledWentBack |= completion.settledThrough() < lastSettled;
    lastSettled = completion.settledThrough();
    completions.add(completion);
    deadLetters.addAll(TestingRejections.of(completion));
  }

  @Override
  public void waited(WaitKind kind, Duration duration) {
    if (kind == WaitKind.BACKOFF) {
      backoffs.add(duration);
    }
  }
}
