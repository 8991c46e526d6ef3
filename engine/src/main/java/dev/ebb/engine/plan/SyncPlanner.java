package dev.ebb.engine.plan;

import static dev.ebb.compiler.text.Messages.firstLine;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.engine.diff.DiffRunner;
import dev.ebb.compiler.diff.SyncDiffSpecs;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.engine.mapping.RecordMapper;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.engine.warehouse.Warehouse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans one sync with {@link SyncPlanning}, as {@code ebb run} does (setup, checks, data tests,
 * diff, guards), under a throw-away run id, then reads a few diff rows per operation as samples. Nothing
 * is sent and nothing is recorded in the state store; the run's transient tables are dropped
 * afterwards, even on failure, and so are the snapshot tables when the plan created them.
 *
 * <p>Cost: the same statements as a run's planning, plus one small ordered read of the
 * materialised diff per sent operation; the model is never scanned more often than a run does.
 */
public final class SyncPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(SyncPlanner.class);
  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

  private final Compilation compilation;
  private final Warehouse warehouse;
  private final DestinationTypes destinations;
  private final int sampleCount;
  private final SyncPlanning planning;
  private final SecureRandom random = new SecureRandom();

  public SyncPlanner(Compilation compilation, Warehouse warehouse, DestinationTypes destinations, int sampleCount) {
    this.compilation = compilation;
    this.warehouse = warehouse;
    this.destinations = destinations;
    this.sampleCount = Math.max(0, sampleCount);
    this.planning = new SyncPlanning(compilation, warehouse.dialect());
  }

  /** Plans one sync; a warehouse error becomes the plan's {@code error}, never an exception. */
  public SyncPlan plan(Sync sync) {
    DiffPlan plan = DiffPlanner.plan(
        SyncDiffSpecs.of(sync, compilation.project(), compilation.analysis(), warehouse.dialect(), throwAwayRunId()),
        warehouse.dialect());
    boolean snapshotExisted = true;
    try {
      try (Connection connection = autoCommitting(warehouse.connection())) {
        snapshotExisted = exists(connection, plan.tables().snapshot());
        return planned(sync, plan, new DiffRunner(connection, plan), connection);
      }
    } catch (SQLException | RuntimeException e) {
      return SyncPlan.failed(sync,
          "warehouse error: " + firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
    } finally {
      cleanup(plan, !snapshotExisted);
    }
  }

  private SyncPlan planned(Sync sync, DiffPlan plan, DiffRunner runner, Connection connection) throws SQLException {
    // A plan never confirms: it shows every guard a run would stop at without --confirm.
    PlanningResult planned = planning.plan(sync, plan, runner, connection, false, false);
    DiffCheckResult checks = planned.checks();
    DiffCounts counts = planned.counts().orElse(null);
    Map<DiffOp, List<OutboundRecord>> samples = Map.of();
    ApiCalls calls = null;
    if (counts != null) {
      samples = samples(sync, runner, counts);
      calls = apiCalls(sync, planned.toSend());
    }
    return new SyncPlan(sync.name(), sync.model(), sync.destination(), sync.object(), sync.mode(), sync.deleteSafety(),
        sync.changeSafety(), checks.modelRows(), checks.snapshotRows(), counts, planned.operations(),
        planned.violations(), planned.dataTests(), planned.mappingChanged(), samples, calls, null);
  }

  /** Up to {@code sampleCount} rows of each op the mode sends: one short read per op. */
  private Map<DiffOp, List<OutboundRecord>> samples(Sync sync, DiffRunner runner, DiffCounts counts) throws SQLException {
    Map<DiffOp, List<OutboundRecord>> samples = new EnumMap<>(DiffOp.class);
    if (sampleCount == 0) {
      return samples;
    }
    String primaryKey = SyncDiffSpecs.primaryKey(compilation.project(), sync).get(0);
    RecordMapper mapper = RecordMapper.forSync(sync, primaryKey);
    for (DiffOp op : DiffPlanner.sentOps(sync.mode())) {
      long count = counts.count(op);
      if (count > 0) {
        List<OutboundRecord> records = new ArrayList<>();
        for (DiffRow row : runner.readSamples(op, (int) Math.min(sampleCount, count))) {
          records.add(record(sync, mapper, row));
        }
        samples.put(op, records);
      }
    }
    return samples;
  }

  private static OutboundRecord record(Sync sync, RecordMapper mapper, DiffRow row) {
    Operation operation = Operations.of(sync.mode(), row.op());
    String key = String.valueOf(row.key());
    if (row.op() == DiffOp.REMOVED) {
      // As the run sends it: the snapshot keeps keys, not values.
      return new OutboundRecord(key, operation, row.key(), Map.of(), null);
    }
    return mapper.map(row.values(), operation, key, null);
  }

  private ApiCalls apiCalls(Sync sync, long records) {
    Destination destination = compilation.project().destination(sync.destination()).orElseThrow();
    Capabilities capabilities = destinations.find(destination.type())
        .orElseThrow(() -> new IllegalStateException("no destination type " + destination.type()))
        .capabilities();
    return ApiCalls.estimate(destination, capabilities, records);
  }

  /** Drops the plan's diff tables, and the snapshot tables the plan's setup created. */
  private void cleanup(DiffPlan plan, boolean dropSnapshot) {
    try (Connection connection = autoCommitting(warehouse.connection())) {
      DiffRunner runner = new DiffRunner(connection, plan);
      runner.cleanup();
      if (dropSnapshot) {
        runner.fullRefresh();
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("could not drop the plan's transient tables {} and {}: {}", plan.tables().diff(), plan.tables().failed(),
          firstLine(e.getMessage()));
    }
  }

  private static boolean exists(Connection connection, String table) {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException missing) {
      return false;
    }
  }

  /** Shaped like a run id (26 characters) so table names stay within the same identifier limits. */
  private String throwAwayRunId() {
    StringBuilder id = new StringBuilder("plan");
    for (int i = 0; i < 22; i++) {
      id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }

  private static Connection autoCommitting(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    return connection;
  }
}
