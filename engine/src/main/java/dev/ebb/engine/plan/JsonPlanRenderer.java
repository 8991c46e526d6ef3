package dev.ebb.engine.plan;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.ebb.engine.mapping.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code ebb plan --format json}: the whole plan, machine-readable, with stable lower-case names. */
public final class JsonPlanRenderer {

  /** Bumped when a field changes meaning or goes away. */
  public static final int VERSION = 1;

  private static final ObjectWriter JSON = Json.INDENTED;

  public String render(ProjectPlan plan) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("plan_version", VERSION);
    document.put("target", plan.target());
    document.put("warehouse_type", plan.warehouseType());
    document.put("git_commit", plan.gitCommit());
    document.put("blocked", plan.blocked());
    plan.definitionChanges().ifPresent(changes -> {
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("ref", changes.ref());
      state.put("modified", new java.util.TreeMap<>(changes.reasons()));
      state.put("added", List.copyOf(changes.added()));
      state.put("removed", List.copyOf(changes.removed()));
      document.put("state", state);
    });
    List<Object> syncs = new ArrayList<>();
    plan.syncs().forEach(sync -> syncs.add(sync(sync)));
    document.put("syncs", syncs);
    try {
      return JSON.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> sync(SyncPlan plan) {
    Map<String, Object> sync = new LinkedHashMap<>();
    sync.put("sync", plan.sync());
    sync.put("model", plan.model());
    sync.put("destination", plan.destination());
    sync.put("object", plan.object());
    sync.put("mode", lower(plan.mode().name()));
    sync.put("blocked", plan.blocked());
    sync.put("error", plan.error());
    sync.put("model_rows", plan.modelRows());
    sync.put("snapshot_rows", plan.snapshotRows());
    if (plan.counts() != null) {
      sync.put("diff", Map.of("added", plan.counts().added(), "changed", plan.counts().changed(),
          "removed", plan.counts().removed(), "unchanged", plan.counts().unchanged()));
    }
    Map<String, Long> operations = new LinkedHashMap<>();
    for (Operation op : Operation.values()) {
      operations.put(lower(op.name()), plan.operations().getOrDefault(op, 0L));
    }
    sync.put("sends", operations);
    sync.put("mapping_changed", plan.mappingChanged());
    Map<String, Object> guards = new LinkedHashMap<>();
    guards.put("delete_fraction", plan.deleteFraction().orElse(null));
    guards.put("delete_safety", plan.deleteSafety());
    guards.put("change_fraction", plan.changeFraction().orElse(null));
    guards.put("change_safety", plan.changeSafety());
    List<Object> violations = new ArrayList<>();
    for (GuardViolation v : plan.violations()) {
      violations.add(Map.of("kind", lower(v.kind().name()), "message", v.message(), "hint", v.hint(),
          "confirmable", v.kind().confirmable()));
    }
    guards.put("violations", violations);
    sync.put("guards", guards);
    List<Object> tests = new ArrayList<>();
    for (DataTestResult test : plan.dataTests()) {
      tests.add(Map.of("name", test.name(), "passed", test.passed(), "failing", test.failing(), "samples", test.samples()));
    }
    sync.put("data_tests", tests);
    if (plan.apiCalls() != null) {
      ApiCalls calls = plan.apiCalls();
      Map<String, Object> api = new LinkedHashMap<>();
      api.put("records", calls.records());
      api.put("batch_size", calls.batchSize());
      api.put("requests", calls.requests());
      api.put("requests_per_second", calls.requestsPerSecond() > 0 ? calls.requestsPerSecond() : null);
      api.put("max_concurrency", calls.maxConcurrency());
      api.put("minimum_seconds", calls.minimumDuration().map(d -> d.toMillis() / 1000.0).orElse(null));
      sync.put("api_calls", api);
    }
    Map<String, Object> samples = new LinkedHashMap<>();
    for (DiffOp op : DiffOp.values()) {
      if (!plan.samples(op).isEmpty()) {
        samples.put(op.sqlValue(), plan.samples(op).stream().map(JsonPlanRenderer::record).toList());
      }
    }
    sync.put("samples", samples);
    return sync;
  }

  private static Map<String, Object> record(OutboundRecord record) {
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("op", lower(record.operation().name()));
    shown.put("key", record.key());
    shown.put("match", record.matchValue());
    shown.put("fields", record.fields());
    return shown;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
