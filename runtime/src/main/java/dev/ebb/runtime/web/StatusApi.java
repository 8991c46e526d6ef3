package dev.ebb.runtime.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.compiler.model.Sync;
import dev.ebb.engine.mapping.Json;
import dev.ebb.runtime.schedule.Scheduler;
import dev.ebb.runtime.schedule.TriggerResult;
import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.StateReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The JSON API under {@code /api/}: what the status pages show, and the actions they offer. */
final class StatusApi {

  private static final ObjectMapper JSON = Json.MAPPER;
  private static final int MAX_PAGE = 1000;

  private final StateReader state;
  private final Scheduler scheduler;
  private final Supplier<String> manifestJson;

  StatusApi(StateReader state, Scheduler scheduler, Supplier<String> manifestJson) {
    this.state = state;
    this.scheduler = scheduler;
    this.manifestJson = manifestJson;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/syncs", ctx -> json(ctx, scheduler.syncs().stream().map(this::summary).toList()));
    routes.get("/api/syncs/{name}", ctx -> {
      Sync sync = sync(ctx);
      json(ctx, ApiViews.syncDetail(summary(sync), sync, state.openDeadLetters(sync.name()).size()));
    });
    routes.get("/api/syncs/{name}/runs", ctx -> {
      Sync sync = sync(ctx);
      json(ctx, state.runs(sync.name(), limit(ctx, 50)).stream().map(ApiViews::run).toList());
    });
    routes.get("/api/runs", ctx -> json(ctx, state.runs(null, limit(ctx, 50)).stream().map(ApiViews::run).toList()));
    routes.get("/api/runs/{id}", ctx -> json(ctx, ApiViews.runDetail(run(ctx))));
    routes.get("/api/runs/{id}/records", ctx -> {
      Run run = run(ctx);
      int offset = intParam(ctx, "offset", 0);
      int limit = limit(ctx, 100);
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("run_id", run.id());
      page.put("offset", offset);
      page.put("limit", limit);
      page.put("records", state.recordResults(run.id(), offset, limit).stream().map(ApiViews::record).toList());
      json(ctx, page);
    });
    routes.get("/api/runs/{id}/dead-letters", ctx -> {
      Run run = run(ctx);
      List<DeadLetter> letters = state.deadLetters(run.sync(), MAX_PAGE).stream().filter(d -> run.id().equals(d.runId())).toList();
      json(ctx, letters.stream().map(ApiViews::deadLetter).toList());
    });
    routes.post("/api/syncs/{name}/trigger", ctx -> {
      Sync sync = sync(ctx);
      TriggerResult result = scheduler.trigger(sync.name(), RunTrigger.MANUAL);
      ctx.status(switch (result.outcome()) {
        case QUEUED, COALESCED -> 202;
        case PAUSED -> 409;
        case UNKNOWN_SYNC -> 404;
      });
      json(ctx, trigger(result));
    });
    routes.post("/api/syncs/{name}/pause", ctx -> {
      Sync sync = sync(ctx);
      String reason = ctx.queryParam("reason");
      json(ctx, ApiViews.control(scheduler.pause(sync.name(), reason == null ? "paused from the site" : reason)));
    });
    routes.post("/api/syncs/{name}/resume", ctx -> json(ctx, ApiViews.control(scheduler.resume(sync(ctx).name()))));
    routes.post("/api/runs/{id}/retry", ctx -> {
      Scheduler.RetryResult result =
          scheduler.retryDeadLetters(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no run " + ctx.pathParam("id")));
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("retried", result.retried());
      view.putAll(trigger(result.trigger()));
      ctx.status(result.trigger().outcome() == TriggerResult.Outcome.PAUSED ? 409 : 202);
      json(ctx, view);
    });
    routes.get("/api/manifest", ctx -> ctx.contentType("application/json").result(manifestJson.get()));
  }

  private Map<String, Object> summary(Sync sync) {
    List<Run> recent = state.runs(sync.name(), 20);
    Run last = recent.isEmpty() ? null : recent.get(0);
    Run lastSuccess = recent.stream().filter(r -> r.status() == RunStatus.SUCCEEDED).findFirst().orElse(null);
    return ApiViews.syncSummary(sync, state.syncControl(sync.name()), last, lastSuccess, scheduler.nextRun(sync.name()).orElse(null));
  }

  private static Map<String, Object> trigger(TriggerResult result) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("sync", result.sync());
    view.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
    view.put("run", result.queuedOrActive().map(ApiViews::run).orElse(null));
    return view;
  }

  private Sync sync(Context ctx) {
    String name = ctx.pathParam("name");
    return scheduler.sync(name).orElseThrow(() -> new NotFoundResponse("no sync " + name));
  }

  private Run run(Context ctx) {
    String id = ctx.pathParam("id");
    return state.run(id).orElseThrow(() -> new NotFoundResponse("no run " + id));
  }

  private static int limit(Context ctx, int fallback) {
    return Math.min(Math.max(intParam(ctx, "limit", fallback), 1), MAX_PAGE);
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, not '" + value + "'");
    }
  }

  static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json").result(JSON.writeValueAsString(value));
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("API views are plain maps and lists", e);
    }
  }
}
