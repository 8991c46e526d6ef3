package dev.ebb.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.ebb.engine.mapping.Json;
import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunCounts;
import dev.ebb.engine.state.SyncControl;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How runs, counts and dead letters read on the terminal and in JSON, for {@code ebb runs}. */
final class RunViews {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final ObjectWriter JSON = Json.INDENTED;

  private RunViews() {}

  static String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  /** From queued to finished, or to now for a run still going. */
  static String duration(Run run, Clock clock) {
    Instant end = run.finishedAt() != null ? run.finishedAt() : clock.instant();
    Duration duration = Duration.between(run.queuedAt(), end);
    return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
  }

  static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    String line = text.strip().replace('\n', ' ');
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  static Map<String, Object> json(Run run, Clock clock) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", run.id());
    json.put("sync", run.sync());
    json.put("status", run.status().code());
    json.put("trigger", run.trigger().code());
    json.put("full_refresh", run.fullRefresh());
    json.put("git_commit", run.gitCommit());
    json.put("mapping_fingerprint", run.mappingFingerprint());
    json.put("queued_at", iso(run.queuedAt()));
    json.put("planning_at", iso(run.planningAt()));
    json.put("delivering_at", iso(run.deliveringAt()));
    json.put("committing_at", iso(run.committingAt()));
    json.put("finished_at", iso(run.finishedAt()));
    Instant end = run.finishedAt() != null ? run.finishedAt() : clock.instant();
    json.put("duration_seconds", Duration.between(run.queuedAt(), end).toMillis() / 1000.0);
    json.put("counts", counts(run.counts()));
    json.put("error", run.error());
    return json;
  }

  static Map<String, Object> counts(RunCounts counts) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("planned", counts.planned());
    json.put("added", counts.added());
    json.put("changed", counts.changed());
    json.put("removed", counts.removed());
    json.put("sent", counts.sent());
    json.put("succeeded", counts.succeeded());
    json.put("failed", counts.failed());
    json.put("dead_lettered", counts.deadLettered());
    json.put("skipped", counts.skipped());
    return json;
  }

  static Map<String, Object> deadLetterJson(DeadLetter letter) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", letter.key());
    json.put("op", letter.op() == null ? null : letter.op().name().toLowerCase(Locale.ROOT));
    json.put("status", letter.status().code());
    json.put("attempts", letter.attempts());
    json.put("reason", letter.reason());
    json.put("payload", letter.payloadJson());
    json.put("first_seen", iso(letter.firstSeen()));
    json.put("last_seen", iso(letter.lastSeen()));
    return json;
  }

  static Map<String, Object> pauseJson(SyncControl control) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sync", control.sync());
    json.put("reason", control.reason());
    json.put("since", iso(control.updatedAt()));
    return json;
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String iso(Instant at) {
    return at == null ? null : at.toString();
  }
}
