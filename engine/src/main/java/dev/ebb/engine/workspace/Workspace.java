package dev.ebb.engine.workspace;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.RecordLogConfig;
import dev.ebb.compiler.model.Target;
import dev.ebb.compiler.project.EnvResolver;
import dev.ebb.compiler.project.ProfileLoader;
import dev.ebb.compiler.project.git.GitInfo;
import dev.ebb.compiler.project.git.GitInspector;
import dev.ebb.engine.delivery.DeliveryEngine;
import dev.ebb.engine.state.JdbcStateStore;
import dev.ebb.engine.state.RecordLogRetention;
import dev.ebb.engine.state.RetentionPolicy;
import dev.ebb.engine.state.StateConfig;
import dev.ebb.engine.state.StateStore;
import dev.ebb.engine.warehouse.Warehouse;
import dev.ebb.engine.warehouse.Warehouses;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compiled project connected to the outside: its warehouse target, its state store and its
 * destinations. Each is opened on first use and closed with the workspace, so a command only
 * connects to what it needs (e.g. {@code ebb runs} never opens the warehouse).
 */
public final class Workspace implements AutoCloseable {

  private final Path root;
  private final Compilation compilation;
  private final Target target;
  private final Map<String, String> environment;
  private final Clock clock;
  private final GitInfo git;
  private final Destinations destinations;
  private final RecordLogRetention recordLogRetention;
  private Warehouse warehouse;
  private StateStore state;

  private Workspace(Path root, Compilation compilation, Target target, Map<String, String> environment, Clock clock) {
    this.root = root;
    this.compilation = compilation;
    this.target = target;
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.git = GitInspector.inspect(root);
    this.destinations = new Destinations(root, environment, clock, this::state);
    this.recordLogRetention = new RecordLogRetention(this::state, retentionPolicy(compilation), clock);
  }

  /**
   * Resolves the project's profile target (with {@code {{env.NAME}}} references) and checks its
   * settings, without connecting to anything yet.
   *
   * @param targetName {@code --target}, or null for the profile's default
   * @throws WorkspaceException with located diagnostics when the profile cannot be resolved
   */
  public static Workspace open(
      Path root, Compilation compilation, String targetName, Map<String, String> environment, Clock clock) {
    Diagnostics diagnostics = new Diagnostics();
    ProfileLoader profiles = new ProfileLoader(environment, Path.of(System.getProperty("user.home")));
    Target target =
        profiles.load(root, compilation.project().config(), targetName, diagnostics).orElse(null);
    if (target != null) {
      Map<String, Object> settings =
          new EnvResolver(environment).resolveAll(target.settings(), target.locations(), "", diagnostics);
      target = new Target(target.profile(), target.name(), target.type(), settings, target.file(), target.locations());
      if (!diagnostics.hasErrors()) {
        Warehouses.validate(target, root, diagnostics);
      }
    }
    if (diagnostics.hasErrors() || target == null) {
      throw new WorkspaceException(diagnostics.sorted());
    }
    return new Workspace(root, compilation, target, environment, clock);
  }

  public Path root() {
    return root;
  }

  public Compilation compilation() {
    return compilation;
  }

  public Target target() {
    return target;
  }

  public GitInfo git() {
    return git;
  }

  public Clock clock() {
    return clock;
  }

  /** The warehouse, connected on first use. */
  public synchronized Warehouse warehouse() {
    if (warehouse == null) {
      warehouse = Warehouses.connect(target, root);
    }
    return warehouse;
  }

  /** The state store, opened (and migrated) on first use. */
  public synchronized StateStore state() {
    if (state == null) {
      Map<String, ?> block = stateBlock(target.settings().get("state"));
      state = JdbcStateStore.open(StateConfig.resolve(root, block, environment), clock);
    }
    return state;
  }

  /** Keeps the state store's per-record log within {@code record_log:} of ebb_project.yml. */
  public RecordLogRetention recordLogRetention() {
    return recordLogRetention;
  }

  private static RetentionPolicy retentionPolicy(Compilation compilation) {
    RecordLogConfig config = compilation.project().config().recordLog();
    return new RetentionPolicy(Duration.ofDays(config.keepDays()), config.keepRuns());
  }

  /** An open destination with its delivery engine (rate limit, breaker), shared by its syncs. */
  public Destinations.Open destination(String name) {
    Destination destination =
        compilation.project().destination(name).orElseThrow(() -> new IllegalArgumentException("no destination " + name));
    return destinations.open(destination);
  }

  /** The delivery engine of a destination, for metrics. */
  public Map<String, DeliveryEngine> engines() {
    return destinations.engines();
  }

  @Override
  public synchronized void close() {
    destinations.close();
    if (state != null) {
      state.close();
    }
    if (warehouse != null) {
      warehouse.close();
    }
  }

  private static Map<String, ?> stateBlock(Object value) {
    Map<String, Object> block = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> block.put(String.valueOf(k), v));
    }
    return block;
  }
}
