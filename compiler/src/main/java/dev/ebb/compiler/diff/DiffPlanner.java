package dev.ebb.compiler.diff;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.destination.api.WriteMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a {@link DiffSpec} into the {@link DiffPlan} for one dialect.
 *
 * <p>The snapshot holds one row per delivered key: the key and a 64-bit row hash, nothing else. A
 * single integer key stays a BIGINT (8 + 8 bytes per row, and the fastest join); any other key is
 * text, a composite key one length-prefixed text. The mapping fingerprint is stored once per
 * snapshot in the meta table, not per row, and it seeds every row hash: a changed mapping makes
 * every row "changed" without a byte more per row, and rows that then fail keep their old hash
 * and stay pending.
 */
public final class DiffPlanner {

  /** The column {@link DiffPlan#readRecords} returns the record's JSON text in. */
  public static final String RECORD_COLUMN = "ebb_record";

  private DiffPlanner() {}

  public static DiffPlan plan(DiffSpec spec, Dialect dialect) {
    DiffTemplates templates = DiffTemplates.of(dialect);
    DiffScope scope = DiffScope.of(spec, dialect);
    Function<String, SqlStatement> sql = name -> templates.render(name, scope);
    Set<DiffOp> sent = sentOps(spec.mode());
    List<String> readColumns = new ArrayList<>(DiffSpec.SYSTEM_COLUMNS);
    spec.carriedColumns().forEach(c -> readColumns.add(c.name()));
    boolean records = scope.records() != null;
    List<String> readRecordColumns = new ArrayList<>();
    if (records) {
      readRecordColumns.addAll(DiffSpec.SYSTEM_COLUMNS);
      readRecordColumns.add(spec.record().match().name());
      readRecordColumns.add(RECORD_COLUMN);
    }
    return DiffPlan.builder()
        .dialect(dialect.name())
        .tables(scope.tables())
        .fingerprint(spec.fingerprint())
        .mode(spec.mode())
        .sentOps(sent)
        .fullRefresh(List.of(sql.apply("drop_snapshot"), sql.apply("drop_meta")))
        .setup(List.of(sql.apply("create_schema"), sql.apply("create_snapshot"), sql.apply("create_meta")))
        .checks(
            new DiffChecks(
                sql.apply("check_model"),
                sql.apply("check_null_key_samples"),
                sql.apply("check_duplicate_keys"),
                sql.apply("check_duplicate_key_samples"),
                sql.apply("check_added_duplicate_keys"),
                sql.apply("check_snapshot"),
                sql.apply("check_fingerprint")))
        .plan(
            List.of(
                sql.apply("drop_diff"),
                sql.apply("create_diff"),
                sql.apply("drop_failed"),
                sql.apply("create_failed")))
        .planSettings(settings("diff_settings", dialect.diffTableSettings()))
        .planSettingsReset(settings("diff_settings_reset", dialect.diffTableSettingsReset()))
        .counts(sql.apply("count_ops"))
        .readPage(sql.apply("read_page"))
        .sampleReads(sampleReads(templates, scope, sent, dialect))
        .readColumns(readColumns)
        .readRecords(records ? sql.apply("read_records") : null)
        .readRecordColumns(readRecordColumns)
        .recordFailedKey(sql.apply("insert_failed"))
        .commit(
            List.of(
                sql.apply("commit_delete"),
                sql.apply("commit_insert"),
                sql.apply("commit_meta_delete"),
                sql.apply("commit_meta_insert")))
        .cleanup(List.of(sql.apply("drop_diff"), sql.apply("drop_failed")))
        .compaction(
            dialect.compactsSnapshot()
                ? List.of(
                    sql.apply("compact_snapshot_create"),
                    sql.apply("compact_snapshot_drop"),
                    sql.apply("compact_snapshot_rename"))
                : List.of())
        .commitInTransaction(dialect.transactionalDml())
        .build();
  }

  private static List<SqlStatement> settings(String name, List<String> statements) {
    return statements.stream().map(sql -> new SqlStatement(name, sql, List.of())).toList();
  }

  /**
   * Per sent op, its first rows by key, with {@code read_page}'s columns: samples that stay the
   * same from plan to plan of the same data, whatever order the warehouse numbered the rows in.
   */
  private static Map<DiffOp, SqlStatement> sampleReads(
      DiffTemplates templates, DiffScope scope, Set<DiffOp> sent, Dialect dialect) {
    Map<DiffOp, SqlStatement> reads = new EnumMap<>(DiffOp.class);
    for (DiffOp op : sent) {
      reads.put(op, templates.render("read_samples", scope.withSample(op, dialect)));
    }
    return reads;
  }

  /**
   * The diff rows a mode sends: insert the added ones; update and upsert the added and changed;
   * mirror also the removed (as deletes); all sends every current row.
   */
  public static Set<DiffOp> sentOps(WriteMode mode) {
    switch (mode) {
      case INSERT:
        return EnumSet.of(DiffOp.ADDED);
      case UPDATE:
      case UPSERT:
        return EnumSet.of(DiffOp.ADDED, DiffOp.CHANGED);
      case MIRROR:
        return EnumSet.of(DiffOp.ADDED, DiffOp.CHANGED, DiffOp.REMOVED);
      case ALL:
        return EnumSet.of(DiffOp.ADDED, DiffOp.CHANGED, DiffOp.UNCHANGED);
      default:
        throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  static DiffTables tables(DiffSpec spec, Dialect dialect) {
    Function<String, String> table =
        name -> dialect.quoteIdentifier(spec.snapshotSchema()) + "." + dialect.quoteIdentifier(name);
    String sync = spec.syncName();
    return new DiffTables(
        table.apply(snapshotName(spec)),
        table.apply(sync + "__snapshot_meta"),
        table.apply(sync + "__diff_" + spec.runId()),
        table.apply(sync + "__failed_" + spec.runId()),
        table.apply(sync + "__snapshot_compacted"));
  }

  /** The snapshot table's name, unqualified. */
  static String snapshotName(DiffSpec spec) {
    return spec.syncName() + "__snapshot";
  }

  /**
   * Whether a commit drops the keys the model no longer has from the snapshot although the mode
   * sends nothing for them, whether or not the delivery got that far. Kept, they would come back
   * as "removed" rows in every later diff, a growing share of it over churning keys. A key that
   * returns is then sent again as added: harmless where the mode upserts or updates by key. Not in
   * insert mode, which would insert it a second time, nor in mirror mode, where removed rows are
   * deletes, committed once the destination accepted them.
   */
  static boolean forgetsRemoved(WriteMode mode) {
    return mode == WriteMode.UPDATE || mode == WriteMode.UPSERT || mode == WriteMode.ALL;
  }
}
