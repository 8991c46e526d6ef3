package dev.ebb.docs.site;

import dev.ebb.artifacts.Manifest;
import dev.ebb.artifacts.Manifest.DestinationNode;
import dev.ebb.artifacts.Manifest.ModelNode;
import dev.ebb.artifacts.Manifest.SourceNode;
import dev.ebb.artifacts.Manifest.SyncNode;
import dev.ebb.docs.dbt.DbtManifest;
import dev.ebb.docs.lineage.ColumnLineage;
import dev.ebb.docs.lineage.FieldTrace;
import dev.ebb.docs.lineage.LayoutCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the static docs site of a manifest: overview, one page per model, sync, destination and
 * source, the lineage graph, a search index and the assets. Works opened from file:// and served
 * as-is by {@code ebb serve}, where {@code assets/site.js} adds live run status from {@code /api/}.
 */
public final class SiteGenerator {

  static final List<String> ASSETS = List.of("site.css", "site.js", "lineage.js");
  static final String LAYOUT_CACHE = ".lineage-layout.json";

  private final ProjectIndex index;
  private final Templates templates = new Templates();

  public SiteGenerator(Manifest manifest, Optional<DbtManifest> dbt) {
    List<FieldTrace> traces = ColumnLineage.traces(manifest);
    this.index = new ProjectIndex(manifest, dbt, traces);
  }

  /**
   * Writes the site into {@code dir} (created if needed; files of earlier runs are overwritten).
   * The lineage layout is cached in {@code dir/.lineage-layout.json} for the next generation.
   */
  public SiteReport generate(Path dir) throws IOException {
    Manifest manifest = index.manifest;
    Writer out = new Writer(dir);
    // The lineage layout is the longest single job: started first on its own thread, it runs
    // alongside the other pages, which are independent and rendered on all cores.
    FutureTask<Void> lineage = new FutureTask<>(() -> {
      out.page("lineage.html", "lineage", "Lineage", "", LineagePage.scope(index, new LayoutCache(dir.resolve(LAYOUT_CACHE))));
      return null;
    });
    Thread layout = new Thread(lineage, "ebb-lineage-layout");
    layout.setDaemon(true);
    layout.start();
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(() -> out.page("index.html", "overview", "Overview", "", OverviewPage.scope(index)));
    jobs.add(() -> out.page("models.html", "models", "Models", "", Scope.of().with("models", manifest.models().stream().map(this::modelRow).toList())));
    jobs.add(() -> out.page("syncs.html", "syncs", "Syncs", "", Scope.of().with("syncs", manifest.syncs().stream().map(ModelPages::syncRow).toList())));
    jobs.add(() -> out.page("destinations.html", "destinations", "Destinations", "", Scope.of().with("destinations",
        manifest.destinations().stream().map(d -> Scope.of().with("name", d.name()).with("href", SitePaths.destination(d.name()))
            .with("type", d.type()).with("description", d.description()).with("syncCount", index.syncsOfDestination(d.name()).size())).toList())));
    jobs.add(() -> out.page("sources.html", "sources", "Sources", "", Scope.of().with("sources", manifest.sources().stream().map(s -> Scope.of()
        .with("name", SourcePages.relation(s)).with("href", SitePaths.source(SourcePages.relation(s)))
        .with("description", s.description()).with("columnCount", s.columns().size())).toList())));
    ModelPages models = new ModelPages(index);
    for (ModelNode model : manifest.models()) {
      jobs.add(() -> out.page(SitePaths.model(model.name()), "model", model.name(), "../", models.page(model)));
    }
    SyncPages syncs = new SyncPages(index);
    for (SyncNode sync : manifest.syncs()) {
      jobs.add(() -> out.page(SitePaths.sync(sync.name()), "sync", sync.name(), "../", syncs.page(sync)));
    }
    for (DestinationNode destination : manifest.destinations()) {
      jobs.add(() -> out.page(SitePaths.destination(destination.name()), "destination", destination.name(), "../", syncs.destination(destination)));
    }
    SourcePages sources = new SourcePages(index);
    for (SourceNode source : manifest.sources()) {
      jobs.add(() -> out.page(SitePaths.source(SourcePages.relation(source)), "source", SourcePages.relation(source), "../", sources.page(source)));
    }
    jobs.add(() -> out.text("assets/search-index.js", ScriptData.assign("EBB_SEARCH", SearchIndex.entries(manifest))));
    jobs.add(() -> out.text("assets/lineage-data.js", ScriptData.assign("EBB_TRACES", traces())));
    for (String asset : ASSETS) {
      jobs.add(() -> out.asset(asset));
    }
    try {
      jobs.parallelStream().forEach(PageJob::runUnchecked);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    await(lineage);
    return new SiteReport(dir, out.pages.get());
  }

  private static void await(FutureTask<Void> job) throws IOException {
    try {
      job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while laying out the lineage graph");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** One file of the site. */
  private interface PageJob {
    void run() throws IOException;

    default void runUnchecked() {
      try {
        run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Scope modelRow(ModelNode model) {
    return Scope.of()
        .with("name", model.name())
        .with("href", SitePaths.model(model.name()))
        .with("description", model.description())
        .with("owner", model.owner())
        .with("tags", model.tags())
        .with("columnCount", model.columns().size())
        .with("syncCount", index.syncsOfModel(model.name()).size());
  }

  /** sync → field → trace, for the column-level highlighting scripts. */
  private Map<String, Map<String, FieldTrace>> traces() {
    Map<String, Map<String, FieldTrace>> bySync = new LinkedHashMap<>();
    index.traces.forEach(t -> bySync.computeIfAbsent(t.sync(), s -> new LinkedHashMap<>()).put(t.field(), t));
    return bySync;
  }

  private final class Writer {
    private final Path dir;
    private final AtomicInteger pages = new AtomicInteger();

    Writer(Path dir) throws IOException {
      this.dir = dir;
      Files.createDirectories(dir.resolve("assets"));
      for (String sub : List.of("models", "syncs", "destinations", "sources")) {
        Files.createDirectories(dir.resolve(sub));
      }
    }

    void page(String path, String template, String title, String root, Scope scope) throws IOException {
      Manifest manifest = index.manifest;
      scope.with("root", root)
          .with("title", title)
          .with("project", manifest.project().name())
          .with("generatedAt", manifest.generatedAt())
          .with("ebbVersion", manifest.ebbVersion())
          .with("page", template)
          .with("nav_" + navOf(template), true);
      text(path, templates.render(template, scope));
      pages.incrementAndGet();
    }

    void text(String path, String content) throws IOException {
      Files.writeString(dir.resolve(path), content);
    }

    void asset(String name) throws IOException {
      try (InputStream in = SiteGenerator.class.getResourceAsStream("assets/" + name)) {
        if (in == null) {
          throw new IllegalStateException("asset missing from the jar: " + name);
        }
        Files.write(dir.resolve("assets").resolve(name), in.readAllBytes());
      }
    }
  }

  private static String navOf(String template) {
    return switch (template) {
      case "model" -> "models";
      case "sync" -> "syncs";
      case "destination" -> "destinations";
      case "source" -> "sources";
      default -> template;
    };
  }
}
