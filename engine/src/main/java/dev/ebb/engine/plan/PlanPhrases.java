package dev.ebb.engine.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.engine.mapping.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sentences the text and markdown plans share, so both say the same thing. */
final class PlanPhrases {

  static final String MAPPING_CHANGED = "the mapping changed since the last delivery: every row is re-sent";

  private static final ObjectMapper JSON = Json.MAPPER;

  private PlanPhrases() {}

  static String diff(DiffCounts counts) {
    return String.format(Locale.ROOT, "%d added, %d changed, %d removed, %d unchanged",
        counts.added(), counts.changed(), counts.removed(), counts.unchanged());
  }

  /** {@code 12 upserts, 1 delete}, or {@code nothing}. */
  static String operations(SyncPlan plan) {
    List<String> parts = new ArrayList<>();
    for (Operation op : Operation.values()) {
      long count = plan.operations().getOrDefault(op, 0L);
      if (count > 0) {
        parts.add(count + " " + op.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s"));
      }
    }
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  /** Every guard's verdict: the violations, and how far the volume guards are from their limits. */
  static List<String> guards(SyncPlan plan) {
    List<String> lines = new ArrayList<>();
    for (GuardViolation violation : plan.violations()) {
      lines.add("STOP " + violation.message() + " (" + violation.hint() + ")");
    }
    boolean stoppedByVolume = plan.violations().stream()
        .anyMatch(v -> v.kind() == GuardViolation.Kind.DELETE_SAFETY || v.kind() == GuardViolation.Kind.CHANGE_SAFETY);
    if (!stoppedByVolume && plan.counts() != null) {
      plan.deleteFraction()
          .filter(f -> plan.operations().containsKey(Operation.DELETE))
          .ifPresent(f -> lines.add(volume("deletes", plan.counts().removed(), plan, f, plan.deleteSafety(), "delete_safety")));
      plan.changeFraction()
          .ifPresent(f -> lines.add(volume("changes", Math.round(f * plan.snapshotRows()), plan, f, plan.changeSafety(), "change_safety")));
    }
    if (plan.violations().isEmpty() && plan.error() == null) {
      lines.add(0, "ok: keys not null and unique" + (plan.modelRows() == 0 && plan.snapshotRows() == 0 ? ", model empty" : ""));
    }
    return lines;
  }

  private static String volume(String what, long rows, SyncPlan plan, double fraction, Double limit, String key) {
    return String.format(Locale.ROOT, "ok: %s %d of %d delivered rows (%s)%s", what, rows, plan.snapshotRows(), percent(fraction),
        limit == null ? "" : ", within " + key + " " + percent(limit));
  }

  static String apiCalls(ApiCalls calls, String destination) {
    if (calls == null) {
      return "unknown (no diff)";
    }
    String text = String.format(Locale.ROOT, "%d %s to %s (%d records, batches of %d)", calls.requests(),
        calls.requests() == 1 ? "request" : "requests", destination, calls.records(), calls.batchSize());
    return text + calls.minimumDuration()
        .map(d -> String.format(Locale.ROOT, ", at least %s at %s requests/s", duration(d), number(calls.requestsPerSecond())))
        .orElse(", not rate limited");
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  static String duration(Duration duration) {
    long seconds = (duration.toMillis() + 999) / 1000;
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }

  /** A sample as one JSON line: the operation, the key, the match value and the mapped fields. */
  static String record(OutboundRecord record) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("op", record.operation().name().toLowerCase(Locale.ROOT));
    shown.put("key", record.key());
    shown.put("match", record.matchValue());
    if (!record.fields().isEmpty()) {
      shown.put("fields", record.fields());
    }
    try {
      return JSON.writeValueAsString(shown);
    } catch (JsonProcessingException e) {
      return shown.toString();
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
