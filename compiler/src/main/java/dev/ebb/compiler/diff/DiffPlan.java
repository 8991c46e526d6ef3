package dev.ebb.compiler.diff;

import dev.ebb.destination.api.WriteMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SQL of one sync run's diff, phase by phase: a pure description the runtime executes (the engine's
 * {@code DiffRunner}). In order: {@link #fullRefresh} (only with {@code --full-refresh}), {@link
 * #setup}, {@link #checks}, {@link #plan}, {@link #counts}; then {@link #readPage} page after page
 * while delivering, {@link #recordFailedKey} per key the destination did not accept, {@link
 * #commit} up to the last checkpointed sequence number, and {@link #cleanup}.
 *
 * <p>Every phase can be run again after a crash with the same result: setup creates only what is
 * missing, plan replaces the diff table, and commit first deletes then re-inserts the committed
 * keys, so an interrupted commit is repaired by committing again.
 *
 * @param fingerprint the mapping fingerprint this run delivers under
 * @param planSettings session settings {@link #plan} runs under (see {@link
 *     dev.ebb.compiler.dialect.Dialect#diffTableSettings}), usually none
 * @param planSettingsReset what undoes {@link #planSettings}, run after {@link #plan} also when it
 *     failed
 * @param sentOps the diff rows the mode sends, which {@link #readPage} returns
 * @param sampleReads per op the mode sends, its first rows by key, with {@link #readPage}'s
 *     columns (the samples {@code ebb plan} shows)
 * @param readColumns the columns {@link #readPage} returns, in order: {@code ebb_seq}, {@code
 *     ebb_op}, {@code ebb_key}, {@code ebb_hash}, then the carried model columns by their model
 *     names
 * @param readRecords like {@link #readPage} without a page limit, each row's mapped record as one
 *     JSON text built by the warehouse instead of the model columns: {@code ebb_seq}, {@code
 *     ebb_op}, {@code ebb_key}, {@code ebb_hash}, the match column, {@code ebb_record}; null when
 *     the mapping is mapped in Java (see {@link JsonRecords})
 * @param readRecordColumns the columns {@link #readRecords} returns, in order (empty without it)
 * @param compaction rewrites the snapshot without the rows commits deleted, in key order, in one
 *     transaction (see {@link dev.ebb.compiler.dialect.Dialect#compactsSnapshot}); empty where
 *     the warehouse reclaims them itself
 * @param commitInTransaction whether the runner should wrap {@link #commit} in one transaction
 *     (it stays correct without one)
 */
public record DiffPlan(
    String dialect,
    DiffTables tables,
    String fingerprint,
    WriteMode mode,
    Set<DiffOp> sentOps,
    List<SqlStatement> fullRefresh,
    List<SqlStatement> setup,
    DiffChecks checks,
    List<SqlStatement> plan,
    List<SqlStatement> planSettings,
    List<SqlStatement> planSettingsReset,
    SqlStatement counts,
    SqlStatement readPage,
    Map<DiffOp, SqlStatement> sampleReads,
    List<String> readColumns,
    SqlStatement readRecords,
    List<String> readRecordColumns,
    SqlStatement recordFailedKey,
    List<SqlStatement> commit,
    List<SqlStatement> cleanup,
    List<SqlStatement> compaction,
    boolean commitInTransaction) {

  public DiffPlan {
    sentOps = Set.copyOf(sentOps);
    fullRefresh = List.copyOf(fullRefresh);
    setup = List.copyOf(setup);
    plan = List.copyOf(plan);
    planSettings = List.copyOf(planSettings);
    planSettingsReset = List.copyOf(planSettingsReset);
    sampleReads = Collections.unmodifiableMap(new EnumMap<>(sampleReads));
    readColumns = List.copyOf(readColumns);
    readRecordColumns = List.copyOf(readRecordColumns);
    commit = List.copyOf(commit);
    cleanup = List.copyOf(cleanup);
    compaction = List.copyOf(compaction);
  }

  /**
   * Named setters for a plan, in {@link DiffPlan}'s phase order; lists left unset are empty,
   * {@link #readRecords} null.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DiffPlan}; see its components for what each setter holds. */
  public static final class Builder {
    private String dialect;
    private DiffTables tables;
    private String fingerprint;
    private WriteMode mode;
    private Set<DiffOp> sentOps = Set.of();
    private List<SqlStatement> fullRefresh = List.of();
    private List<SqlStatement> setup = List.of();
    private DiffChecks checks;
    private List<SqlStatement> plan = List.of();
    private List<SqlStatement> planSettings = List.of();
    private List<SqlStatement> planSettingsReset = List.of();
    private SqlStatement counts;
    private SqlStatement readPage;
    private Map<DiffOp, SqlStatement> sampleReads = Map.of();
    private List<String> readColumns = List.of();
    private SqlStatement readRecords;
    private List<String> readRecordColumns = List.of();
    private SqlStatement recordFailedKey;
    private List<SqlStatement> commit = List.of();
    private List<SqlStatement> cleanup = List.of();
    private List<SqlStatement> compaction = List.of();
    private boolean commitInTransaction;

    private Builder() {}

    public Builder dialect(String dialect) {
      this.dialect = dialect;
      return this;
    }

    public Builder tables(DiffTables tables) {
      this.tables = tables;
      return this;
    }

    public Builder fingerprint(String fingerprint) {
      this.fingerprint = fingerprint;
      return this;
    }

    public Builder mode(WriteMode mode) {
      this.mode = mode;
      return this;
    }

    public Builder sentOps(Set<DiffOp> sentOps) {
      this.sentOps = sentOps;
      return this;
    }

    public Builder fullRefresh(List<SqlStatement> fullRefresh) {
      this.fullRefresh = fullRefresh;
      return this;
    }

    public Builder setup(List<SqlStatement> setup) {
      this.setup = setup;
      return this;
    }

    public Builder checks(DiffChecks checks) {
      this.checks = checks;
      return this;
    }

    public Builder plan(List<SqlStatement> plan) {
      this.plan = plan;
      return this;
    }

    public Builder planSettings(List<SqlStatement> planSettings) {
      this.planSettings = planSettings;
      return this;
    }

    public Builder planSettingsReset(List<SqlStatement> planSettingsReset) {
      this.planSettingsReset = planSettingsReset;
      return this;
    }

    public Builder counts(SqlStatement counts) {
      this.counts = counts;
      return this;
    }

    public Builder readPage(SqlStatement readPage) {
      this.readPage = readPage;
      return this;
    }

    public Builder sampleReads(Map<DiffOp, SqlStatement> sampleReads) {
      this.sampleReads = sampleReads;
      return this;
    }

    public Builder readColumns(List<String> readColumns) {
      this.readColumns = readColumns;
      return this;
    }

    public Builder readRecords(SqlStatement readRecords) {
      this.readRecords = readRecords;
      return this;
    }

    public Builder readRecordColumns(List<String> readRecordColumns) {
      this.readRecordColumns = readRecordColumns;
      return this;
    }

    public Builder recordFailedKey(SqlStatement recordFailedKey) {
      this.recordFailedKey = recordFailedKey;
      return this;
    }

    public Builder commit(List<SqlStatement> commit) {
      this.commit = commit;
      return this;
    }

    public Builder cleanup(List<SqlStatement> cleanup) {
      this.cleanup = cleanup;
      return this;
    }

    public Builder compaction(List<SqlStatement> compaction) {
      this.compaction = compaction;
      return this;
    }

    public Builder commitInTransaction(boolean commitInTransaction) {
      this.commitInTransaction = commitInTransaction;
      return this;
    }

    /** The plan; every statement a run always executes must be set. */
    public DiffPlan build() {
      Objects.requireNonNull(dialect, "dialect");
      Objects.requireNonNull(tables, "tables");
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(checks, "checks");
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(readPage, "readPage");
      Objects.requireNonNull(recordFailedKey, "recordFailedKey");
      return new DiffPlan(
          dialect,
          tables,
          fingerprint,
          mode,
          sentOps,
          fullRefresh,
          setup,
          checks,
          plan,
          planSettings,
          planSettingsReset,
          counts,
          readPage,
          sampleReads,
          readColumns,
          readRecords,
          readRecordColumns,
          recordFailedKey,
          commit,
          cleanup,
          compaction,
          commitInTransaction);
    }
  }
}
