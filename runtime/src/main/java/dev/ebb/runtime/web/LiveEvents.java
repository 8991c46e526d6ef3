package dev.ebb.runtime.web;

import dev.ebb.engine.state.RecordResult;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.StateReader;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/runs/{id}/events}: server-sent events of a run as it goes. Each {@code progress}
 * event carries the run's status and counts (checkpointed after every settled batch) and the
 * records logged since the previous event; {@code end} follows the final state. Reading the state
 * store rather than in-process hooks lets the view follow runs executed by other worker processes.
 */
final class LiveEvents {

  /** At most this many of the new records go into one event: a live view, not an export. */
  static final int RECENT = 50;

  private final StateReader state;
  private final Duration interval;

  LiveEvents(StateReader state, Duration interval) {
    this.state = state;
    this.interval = interval;
  }

  void stream(SseClient client) {
    String runId = client.ctx().pathParam("id");
    long offset = 0;
    while (!client.terminated()) {
      Optional<Run> run = state.run(runId);
      if (run.isEmpty()) {
        client.sendEvent("error", StatusApi.toJson(Map.of("error", "no run " + runId)));
        break;
      }
      List<RecordResult> fresh = state.recordResults(runId, (int) offset, 10_000);
      offset += fresh.size();
      List<RecordResult> recent = fresh.subList(Math.max(0, fresh.size() - RECENT), fresh.size());
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("run", ApiViews.run(run.get()));
      event.put("new_records", fresh.size());
      event.put("records", recent.stream().map(ApiViews::record).toList());
      client.sendEvent("progress", StatusApi.toJson(event));
      if (run.get().status().isTerminal()) {
        client.sendEvent("end", StatusApi.toJson(Map.of("status", run.get().status().code())));
        break;
      }
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    client.close();
  }
}
