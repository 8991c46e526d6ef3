package dev.ebb.compiler.diff;

import dev.ebb.compiler.model.SyncMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    SyncMode mode,
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
}
