package dev.ebb.engine.diff;

import dev.ebb.compiler.diff.DuplicateKeys;
import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.PlannedDiff;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.DiffChecks;
import dev.ebb.compiler.diff.SqlStatement;
import dev.ebb.compiler.diff.DiffOp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Executes a {@link DiffPlan} over one JDBC connection, phase by phase. The plan stays a pure
 * description; this is the one place that binds its parameters. The runtime calls these phases
 * from its run state machine and keeps the checkpoints (the last sequence number delivered).
 *
 * <p>Not thread-safe: one runner per connection.
 */
public final class DiffRunner {

  /** See {@link #snapshotWantsCompaction}. */
  private static final double COMPACT_AT_DELETED_SHARE = 0.10;

  private final Connection connection;
  private final DiffPlan plan;

  public DiffRunner(Connection connection, DiffPlan plan) {
    this.connection = connection;
    this.plan = plan;
  }

  /** Forgets the snapshot (with {@code --full-refresh}); run {@link #setup} after. */
  public void fullRefresh() throws SQLException {
    executeAll(plan.fullRefresh(), Map.of());
  }

  public void setup() throws SQLException {
    executeAll(plan.setup(), Map.of());
  }

  /**
   * Counts the model's rows and NULL keys and reads the snapshot's size and fingerprint. Duplicate
   * keys are checked by {@link #plan} against the diff, without a pass of their own over the model,
   * except when there are NULL keys: the diff then does not run, and one pass finds them.
   */
  public DiffCheckResult check() throws SQLException {
    DiffChecks checks = plan.checks();
    List<Object> model = rows(checks.model(), Map.of()).get(0);
    long nullKeys = number(model.get(1));
    // The samples scan the model again: only when there is a finding.
    List<List<String>> nullSamples = new ArrayList<>();
    DuplicateKeys duplicates = DuplicateKeys.NONE;
    if (nullKeys > 0) {
      for (List<Object> row : rows(checks.nullKeySamples(), Map.of())) {
        nullSamples.add(row.stream().map(v -> v == null ? null : v.toString()).toList());
      }
      duplicates = scanModelForDuplicateKeys();
    }
    Object fingerprint = rows(checks.storedFingerprint(), Map.of()).get(0).get(0);
    List<Object> snapshot = rows(checks.snapshot(), Map.of()).get(0);
    long snapshotRows = number(snapshot.get(0));
    return new DiffCheckResult(
        number(model.get(0)),
        nullKeys,
        nullSamples,
        duplicates,
        snapshotRows,
        snapshot.size() > 1 && snapshot.get(1) != null ? number(snapshot.get(1)) : snapshotRows,
        fingerprint == null ? null : fingerprint.toString());
  }

  /**
   * Materialises the diff table, counts it and checks the model's keys against it. Run it only
   * when {@code checks} found no NULL keys.
   */
  public PlannedDiff plan(DiffCheckResult checks) throws SQLException {
    createDiffTable();
    Map<DiffOp, Long> materialised = new EnumMap<>(DiffOp.class);
    for (List<Object> row : rows(plan.counts(), Map.of())) {
      materialised.put(DiffOp.fromSql(row.get(0).toString()), number(row.get(1)));
    }
    DiffCounts counts = DiffCounts.of(materialised, checks.modelRows());
    return new PlannedDiff(counts, duplicateKeys(checks, counts));
  }

  private void createDiffTable() throws SQLException {
    executeAll(plan.planSettings(), Map.of());
    try {
      executeAll(plan.plan(), Map.of());
    } catch (SQLException | RuntimeException e) {
      try {
        executeAll(plan.planSettingsReset(), Map.of());
      } catch (SQLException | RuntimeException reset) {
        e.addSuppressed(reset);
      }
      throw e;
    }
    executeAll(plan.planSettingsReset(), Map.of());
  }

  /**
   * Duplicate keys without a second pass over the model when there are none. The snapshot's keys
   * are unique, and in the full outer join each keyed model row is either added or matched to
   * one snapshot key: without duplicates the matched model rows (keyed rows - added) equal the
   * matched snapshot keys (snapshot rows - removed), with one they outnumber them, identical
   * duplicates filtered out as unchanged included. Keys added more than once show in the diff
   * itself, which is small except on a first run. Counts that do not reconcile (also when the
   * model changed between the checks and the diff) fall back to the pass over the model.
   */
  private DuplicateKeys duplicateKeys(DiffCheckResult checks, DiffCounts counts)
      throws SQLException {
    long matchedRows = checks.modelRows() - checks.nullKeys() - counts.added();
    long matchedKeys = checks.snapshotRows() - counts.removed();
    if (matchedRows != matchedKeys) {
      return scanModelForDuplicateKeys();
    }
    List<List<Object>> added = rows(plan.checks().addedDuplicateKeys(), Map.of());
    if (added.isEmpty()) {
      return DuplicateKeys.NONE;
    }
    return new DuplicateKeys(number(added.get(0).get(2)), samples(added));
  }

  private DuplicateKeys scanModelForDuplicateKeys() throws SQLException {
    long keys = number(rows(plan.checks().duplicateKeys(), Map.of()).get(0).get(0));
    if (keys == 0) {
      return DuplicateKeys.NONE;
    }
    return new DuplicateKeys(keys, samples(rows(plan.checks().duplicateKeySamples(), Map.of())));
  }

  private static List<String> samples(List<List<Object>> rows) {
    return rows.stream().map(row -> row.get(0) + " (" + row.get(1) + " rows)").toList();
  }

  /** The rows the mode sends after {@code afterSeq}, at most {@code pageSize}, in order. */
  public List<DiffRow> readPage(long afterSeq, int pageSize) throws SQLException {
    List<DiffRow> page = new ArrayList<>();
    try (DiffCursor cursor = open(afterSeq, pageSize, pageSize)) {
      DiffRow row;
      while ((row = cursor.next()) != null) {
        page.add(row);
      }
    }
    return page;
  }

  /**
   * Streams the rows the mode sends after {@code afterSeq}, in order, with one query: linear in
   * the diff's size, where paging with {@code LIMIT} rescans the table for every page. The caller
   * closes the cursor. On PostgreSQL the connection must not be in autocommit mode for the driver
   * to stream ({@code fetchSize} rows at a time) instead of reading the whole result.
   */
  public DiffCursor read(long afterSeq, int fetchSize) throws SQLException {
    return open(afterSeq, Long.MAX_VALUE, fetchSize);
  }

  /** Up to {@code count} rows of one op the mode sends, by key. */
  public List<DiffRow> readSamples(DiffOp op, int count) throws SQLException {
    SqlStatement read = plan.sampleReads().get(op);
    if (read == null) {
      throw new IllegalArgumentException("mode " + plan.mode() + " does not send " + op);
    }
    List<DiffRow> rows = new ArrayList<>();
    try (DiffCursor cursor = open(read, plan.readColumns(), false, false,
        Map.of(SqlStatement.Param.AFTER_SEQ, 0L, SqlStatement.Param.PAGE_SIZE, (long) count), count)) {
      DiffRow row;
      while ((row = cursor.next()) != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * Like {@link #read}, each row carrying its mapped record as JSON text built by the warehouse
   * ({@link DiffRow#recordJson}) and, of the model's columns, only the match column. Only when
   * {@link DiffPlan#readRecords} is not null.
   */
  public DiffCursor readRecords(long afterSeq, int fetchSize) throws SQLException {
    if (plan.readRecords() == null) {
      throw new IllegalStateException("the mapping of this plan is not rendered by the warehouse");
    }
    return open(plan.readRecords(), plan.readRecordColumns(), true, true,
        Map.of(SqlStatement.Param.AFTER_SEQ, afterSeq), fetchSize);
  }

  private DiffCursor open(long afterSeq, long limit, int fetchSize) throws SQLException {
    return open(plan.readPage(), plan.readColumns(), false, true,
        Map.of(SqlStatement.Param.AFTER_SEQ, afterSeq, SqlStatement.Param.PAGE_SIZE, limit), fetchSize);
  }

  private DiffCursor open(SqlStatement statement, List<String> columns, boolean recordJson, boolean bySequence,
      Map<SqlStatement.Param, Object> params, int fetchSize) throws SQLException {
    PreparedStatement prepared = prepare(statement, params);
    try {
      prepared.setFetchSize(fetchSize);
      return new DiffCursor(prepared, prepared.executeQuery(), columns, recordJson, bySequence);
    } catch (SQLException | RuntimeException e) {
      prepared.close();
      throw e;
    }
  }

  /** Records keys the destination did not accept; they stay pending after {@link #commit}. */
  public void recordFailed(Collection<?> keys) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(plan.recordFailedKey().sql())) {
      for (Object key : keys) {
        statement.setObject(1, key);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Advances the snapshot by the rows up to {@code upToSeq}, failed keys excepted. Idempotent. */
  public void commit(long upToSeq) throws SQLException {
    Map<SqlStatement.Param, Object> params = Map.of(SqlStatement.Param.UP_TO_SEQ, upToSeq);
    if (!plan.commitInTransaction()) {
      executeAll(plan.commit(), params);
      return;
    }
    inTransaction(plan.commit(), params);
  }

  /**
   * Whether the snapshot is worth rewriting after this run's commit ({@link #compactSnapshot}): when
   * at least a tenth of the rows its table stores are deleted ones. Each run over a model whose
   * rows change by about 1% adds 1% of them, and every diff scans them (~15 ms per 1% on 10M rows
   * on DuckDB), while the rewrite costs about as much as 30 such points (~0.5 s): rewriting at 10%
   * keeps the mean cost per run near its lowest.
   */
  public boolean snapshotWantsCompaction(DiffCheckResult checks) {
    return !plan.compaction().isEmpty() && checks.snapshotDeletedShare() >= COMPACT_AT_DELETED_SHARE;
  }

  /**
   * Rewrites the snapshot without its deleted rows, in key order, in one transaction: after a
   * crash half way it is as it was. The snapshot's rows are the same before and after.
   */
  public void compactSnapshot() throws SQLException {
    if (plan.compaction().isEmpty()) {
      return;
    }
    inTransaction(plan.compaction(), Map.of());
  }

  /**
   * Runs the statements in one transaction: the caller's, when its connection is not in autocommit
   * mode (committing here would end it); otherwise one of their own, returning the connection to
   * autocommit after.
   */
  private void inTransaction(List<SqlStatement> statements, Map<SqlStatement.Param, Object> params) throws SQLException {
    if (!connection.getAutoCommit()) {
      executeAll(statements, params);
      return;
    }
    connection.setAutoCommit(false);
    try {
      executeAll(statements, params);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  public void cleanup() throws SQLException {
    executeAll(plan.cleanup(), Map.of());
  }

  /** Runs one statement of the plan; exposed so tests can stop a phase half way. */
  public void execute(SqlStatement statement, Map<SqlStatement.Param, Object> params)
      throws SQLException {
    try (PreparedStatement prepared = prepare(statement, params)) {
      prepared.execute();
    }
  }

  private void executeAll(List<SqlStatement> statements, Map<SqlStatement.Param, Object> params)
      throws SQLException {
    for (SqlStatement statement : statements) {
      execute(statement, params);
    }
  }

  private List<List<Object>> rows(SqlStatement statement, Map<SqlStatement.Param, Object> params)
      throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement prepared = prepare(statement, params);
        ResultSet result = prepared.executeQuery()) {
      int width = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private PreparedStatement prepare(SqlStatement statement, Map<SqlStatement.Param, Object> params)
      throws SQLException {
    PreparedStatement prepared = connection.prepareStatement(statement.sql());
    try {
      for (int i = 0; i < statement.params().size(); i++) {
        SqlStatement.Param param = statement.params().get(i);
        if (!params.containsKey(param)) {
          throw new IllegalArgumentException(statement.name() + " needs parameter " + param);
        }
        prepared.setObject(i + 1, params.get(param));
      }
      return prepared;
    } catch (SQLException | RuntimeException e) {
      prepared.close();
      throw e;
    }
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
