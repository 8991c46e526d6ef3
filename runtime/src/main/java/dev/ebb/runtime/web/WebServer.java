package dev.ebb.runtime.web;

import dev.ebb.runtime.schedule.Scheduler;
import dev.ebb.engine.state.StateReader;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site and API of {@code ebb serve}: the docs site (when generated) at {@code /}, the live
 * status pages at {@code /status/}, the JSON API under {@code /api/}, {@code /metrics} and
 * {@code /health}, all behind the {@link AccessGuard}.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final Map<String, String> STATUS_FILES =
      Map.of("index.html", "text/html; charset=utf-8", "app.js", "text/javascript; charset=utf-8", "style.css", "text/css; charset=utf-8");

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts listening.
   *
   * @throws IllegalArgumentException when the settings are refused (a non-loopback bind without
   *     an access token)
   */
  public static WebServer start(
      WebSettings settings, StateReader state, Scheduler scheduler, ServeMetrics metrics, Supplier<String> manifestJson) {
    String refusal = settings.refusal();
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    Javalin app = create(settings, state, scheduler, metrics, manifestJson);
    app.start(settings.host(), settings.port());
    return new WebServer(app);
  }

  /** The application, not yet started (tests start it with {@code JavalinTest}). */
  public static Javalin create(
      WebSettings settings, StateReader state, Scheduler scheduler, ServeMetrics metrics, Supplier<String> manifestJson) {
    AccessGuard guard = new AccessGuard(settings.token());
    HostCheck hosts = new HostCheck(settings.host(), settings.hostNames());
    StatusApi api = new StatusApi(state, scheduler, manifestJson);
    LiveEvents live = new LiveEvents(state, settings.liveInterval());
    boolean docs = settings.docsDir() != null && Files.isRegularFile(settings.docsDir().resolve("index.html"));
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      if (docs) {
        config.staticFiles.add(settings.docsDir().toAbsolutePath().toString(), Location.EXTERNAL);
      }
      configureRoutes(config, hosts, guard, api, live, metrics, docs);
    });
  }

  private static void configureRoutes(
      JavalinConfig config, HostCheck hosts, AccessGuard guard, StatusApi api, LiveEvents live, ServeMetrics metrics,
      boolean docs) {
    config.routes.before(SecurityHeaders::apply);
    config.routes.before(hosts::check);
    config.routes.before(guard::check);
    config.routes.get("/login", guard::login);
    config.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
    config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    if (!docs) {
      config.routes.get("/", ctx -> ctx.redirect("/status/"));
    }
    config.routes.get("/status/", ctx -> statusFile(ctx, "index.html"));
    config.routes.get("/status/{file}", ctx -> statusFile(ctx, ctx.pathParam("file")));
    api.register(config.routes);
    config.routes.sse("/api/runs/{id}/events", live::stream);
    config.routes.exception(HttpResponseException.class, ErrorResponses::handle);
    config.routes.exception(RuntimeException.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      ErrorResponses.write(ctx, 500, "internal error; see the server log");
    });
  }

  private static void statusFile(Context ctx, String file) throws IOException {
    String type = STATUS_FILES.get(file);
    if (type == null) {
      throw new NotFoundResponse("no such page");
    }
    try (InputStream in = WebServer.class.getResourceAsStream("/web/" + file)) {
      if (in == null) {
        throw new NotFoundResponse("no such page");
      }
      ctx.contentType(type).header("Cache-Control", "no-cache").result(in.readAllBytes());
    }
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
