package dev.ebb.runtime.web;

import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.RecordResult;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.SyncControl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of the API (documented in {@code docs/api.md}): plain maps with snake_case keys
 * and ISO-8601 UTC times, built from state records. Nothing here reads configuration values, so
 * no secret can reach a response.
 */
final class ApiViews {

  private ApiViews() {}

  static Map<String, Object> syncSummary(Sync sync, SyncControl control, Run lastRun, Run lastSuccess, Instant nextRun) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", sync.name());
    view.put("model", sync.model());
    view.put("destination", sync.destination());
    view.put("object", sync.object());
    view.put("mode", sync.mode().name().toLowerCase(Locale.ROOT));
    view.put("schedule", schedule(sync.schedule()));
    view.put("next_run_at", time(nextRun));
    view.put("paused", control.paused());
    view.put("pause_reason", control.reason());
    view.put("health", health(control, lastRun));
    view.put("last_run", lastRun == null ? null : run(lastRun));
    view.put("last_success_at", lastSuccess == null ? null : time(lastSuccess.finishedAt()));
    return view;
  }

  static Map<String, Object> syncDetail(Map<String, Object> summary, Sync sync, int openDeadLetters) {
    Map<String, Object> view = new LinkedHashMap<>(summary);
    view.put("description", sync.description());
    view.put("tags", sync.tags());
    view.put("open_dead_letters", openDeadLetters);
    return view;
  }

  /**
   * paused, running, healthy (last run succeeded), warning (it succeeded, but some records were
   * dead-lettered or are left for the next run), failing, or never_run.
   */
  static String health(SyncControl control, Run lastRun) {
    if (control.paused()) {
      return "paused";
    }
    if (lastRun == null) {
      return "never_run";
    }
    return switch (lastRun.status()) {
      case QUEUED, PLANNING, DELIVERING, COMMITTING -> "running";
      case SUCCEEDED -> lastRun.counts().deadLettered() + lastRun.counts().failed() > 0 ? "warning" : "healthy";
      case FAILED, CANCELLED -> "failing";
    };
  }

  static String schedule(Schedule schedule) {
    if (schedule instanceof Schedule.Cron cron) {
      return cron.expression();
    }
    if (schedule instanceof Schedule.After after) {
      return "after " + after.sync();
    }
    return "manual";
  }

  static Map<String, Object> run(Run run) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", run.id());
    view.put("sync", run.sync());
    view.put("status", run.status().code());
    view.put("trigger", run.trigger().code());
    view.put("full_refresh", run.fullRefresh());
    view.put("git_commit", run.gitCommit());
    view.put("mapping_fingerprint", run.mappingFingerprint());
    view.put("queued_at", time(run.queuedAt()));
    view.put("finished_at", time(run.finishedAt()));
    Instant end = run.finishedAt();
    view.put("duration_ms", end == null ? null : end.toEpochMilli() - run.queuedAt().toEpochMilli());
    view.put("counts", counts(run.counts()));
    view.put("error", run.error());
    return view;
  }

  /** A run with its timeline: each state it reached and when, and who holds it. */
  static Map<String, Object> runDetail(Run run) {
    Map<String, Object> view = run(run);
    List<Map<String, Object>> timeline = new ArrayList<>();
    step(timeline, "queued", run.queuedAt());
    step(timeline, "planning", run.planningAt());
    step(timeline, "delivering", run.deliveringAt());
    step(timeline, "committing", run.committingAt());
    if (run.status().isTerminal()) {
      step(timeline, run.status().code(), run.finishedAt());
    }
    view.put("timeline", timeline);
    view.put("lease_worker", run.leaseWorker());
    view.put("lease_expires_at", time(run.leaseExpiresAt()));
    return view;
  }

  static Map<String, Object> counts(RunCounts counts) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("planned", counts.planned());
    view.put("added", counts.added());
    view.put("changed", counts.changed());
    view.put("removed", counts.removed());
    view.put("sent", counts.sent());
    view.put("succeeded", counts.succeeded());
    view.put("failed", counts.failed());
    view.put("dead_lettered", counts.deadLettered());
    view.put("skipped", counts.skipped());
    return view;
  }

  static Map<String, Object> record(RecordResult result) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("key", result.key());
    view.put("op", result.op().name().toLowerCase(Locale.ROOT));
    view.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
    view.put("response", result.response());
    view.put("at", time(result.at()));
    view.put("git_commit", result.gitCommit());
    view.put("mapping_fingerprint", result.mappingFingerprint());
    return view;
  }

  static Map<String, Object> deadLetter(DeadLetter letter) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", letter.id());
    view.put("sync", letter.sync());
    view.put("key", letter.key());
    view.put("op", letter.op().name().toLowerCase(Locale.ROOT));
    view.put("payload", letter.payloadJson());
    view.put("reason", letter.reason());
    view.put("run_id", letter.runId());
    view.put("first_seen_at", time(letter.firstSeen()));
    view.put("last_seen_at", time(letter.lastSeen()));
    view.put("attempts", letter.attempts());
    view.put("status", letter.status().code());
    return view;
  }

  static Map<String, Object> control(SyncControl control) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("sync", control.sync());
    view.put("paused", control.paused());
    view.put("reason", control.reason());
    view.put("updated_at", time(control.updatedAt()));
    return view;
  }

  static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static void step(List<Map<String, Object>> timeline, String status, Instant at) {
    if (at != null) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("status", status);
      step.put("at", time(at));
      timeline.add(step);
    }
  }
}
