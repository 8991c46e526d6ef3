package dev.ebb.compiler.diff;

import dev.ebb.compiler.model.SyncMode;
import dev.ebb.compiler.sql.ModelQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The diff specs the golden and parse tests render, by case name. */
final class DiffCases {

  static final String FINGERPRINT = "0123456789abcdef";

  /** A sync name, schema and columns built to break a statement that did not quote them. */
  static final String HOSTILE_SYNC = "we\"ird`; DROP TABLE x;--sync ✓";

  static final String HOSTILE_SCHEMA = "snap \"s\" `b` 'q'";

  static final String HOSTILE_COLUMN = "na`me\"; DELETE FROM y;-- 'é'";

  private DiffCases() {}

  static Map<String, DiffSpec> all() {
    Map<String, DiffSpec> cases = new LinkedHashMap<>();
    cases.put(
        "integer_key_upsert",
        new DiffSpec(
            "customers_to_hubspot",
            "ebb_snapshots",
            ModelQuery.of("SELECT id, email, ltv, updated_at, active FROM analytics.customers"),
            List.of(new DiffColumn("id", "BIGINT")),
            List.of(
                new DiffColumn("email", "VARCHAR"),
                new DiffColumn("ltv", "DECIMAL(38, 9)"),
                new DiffColumn("updated_at", "TIMESTAMP_WITH_LOCAL_TIME_ZONE(6)"),
                new DiffColumn("active", "BOOLEAN")),
            SyncMode.UPSERT,
            FINGERPRINT,
            "run1"));
    cases.put(
        "composite_key_mirror_hostile",
        new DiffSpec(
            HOSTILE_SYNC,
            HOSTILE_SCHEMA,
            ModelQuery.of("SELECT * FROM orders;"),
            List.of(new DiffColumn("region", "VARCHAR"), new DiffColumn("order\"id", "INTEGER")),
            List.of(
                new DiffColumn(HOSTILE_COLUMN, "VARCHAR"),
                new DiffColumn("d", "DATE"),
                new DiffColumn("ts", "TIMESTAMP(3)")),
            SyncMode.MIRROR,
            FINGERPRINT,
            "run1"));
    cases.put(
        "text_key_all",
        new DiffSpec(
            "events_all",
            "ebb",
            ModelQuery.of("SELECT event_id, score, payload FROM events"),
            List.of(new DiffColumn("event_id", "VARCHAR")),
            List.of(new DiffColumn("score", "DOUBLE"), new DiffColumn("payload", "VARCHAR")),
            SyncMode.ALL,
            FINGERPRINT,
            "run1"));
    return cases;
  }
}
