package dev.ebb.compiler.diff;

import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.sql.ModelQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything the diff SQL of one sync run depends on.
 *
 * @param syncName the sync, used in table names (quoted, so any name is safe)
 * @param snapshotSchema where the snapshot and the transient tables live
 * @param model the model's compiled query for the dialect
 * @param primaryKey the key column(s); a composite key becomes one text key
 * @param mapped the columns the mapping reads: hashed and carried in the diff table
 * @param fingerprint {@link MappingFingerprint} of the sync; seeds the row hash, so a new mapping
 *     changes every row's hash
 * @param runId part of the transient tables' names; {@link DiffSql#RUN_ID_PLACEHOLDER} in files
 * @param record the mapped record, when the warehouse may render it as JSON ({@link JsonRecords});
 *     null when the mapping needs the Java mapper
 */
public record DiffSpec(
    String syncName,
    String snapshotSchema,
    ModelQuery model,
    List<DiffColumn> primaryKey,
    List<DiffColumn> mapped,
    WriteMode mode,
    String fingerprint,
    String runId,
    JsonRecord record) {

  /** Column names the diff table uses for itself. */
  public static final List<String> SYSTEM_COLUMNS =
      List.of("ebb_seq", "ebb_op", "ebb_key", "ebb_hash");

  /** A spec without a JSON record: rows are mapped in Java. */
  public DiffSpec(
      String syncName,
      String snapshotSchema,
      ModelQuery model,
      List<DiffColumn> primaryKey,
      List<DiffColumn> mapped,
      WriteMode mode,
      String fingerprint,
      String runId) {
    this(syncName, snapshotSchema, model, primaryKey, mapped, mode, fingerprint, runId, null);
  }

  public DiffSpec {
    primaryKey = List.copyOf(primaryKey);
    mapped = List.copyOf(mapped);
    model = new ModelQuery(model.ctes(), withoutTrailingSemicolons(model.body()), model.recursive());
    if (primaryKey.isEmpty()) {
      throw new IllegalArgumentException("sync " + syncName + ": a diff needs a primary key");
    }
    for (DiffColumn column : carried(primaryKey, mapped)) {
      if (SYSTEM_COLUMNS.contains(column.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "sync " + syncName + ": column name " + column.name() + " is reserved by ebb");
      }
    }
  }

  /** This spec for another run: only the transient tables' names change. */
  public DiffSpec withRunId(String otherRunId) {
    return new DiffSpec(syncName, snapshotSchema, model, primaryKey, mapped, mode, fingerprint, otherRunId, record);
  }

  /** The key columns, then the mapped columns that are not key columns: the diff table's data. */
  public List<DiffColumn> carriedColumns() {
    return carried(primaryKey, mapped);
  }

  private static List<DiffColumn> carried(List<DiffColumn> key, List<DiffColumn> mapped) {
    List<DiffColumn> all = new ArrayList<>(key);
    Set<String> seen = new HashSet<>();
    key.forEach(c -> seen.add(c.name()));
    for (DiffColumn column : mapped) {
      if (seen.add(column.name())) {
        all.add(column);
      }
    }
    return all;
  }

  private static String withoutTrailingSemicolons(String sql) {
    String trimmed = sql.strip();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    return trimmed;
  }
}
