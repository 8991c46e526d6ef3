package dev.ebb.compiler.diff;

import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.sql.ModelQuery;
import java.util.ArrayList;
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
            WriteMode.UPSERT,
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
            WriteMode.MIRROR,
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
            WriteMode.ALL,
            FINGERPRINT,
            "run1"));
    cases.put("json_record_upsert", jsonRecordUpsert());
    return cases;
  }

  /** A mapping the warehouses that can write JSON render in SQL: every kind of field. */
  private static DiffSpec jsonRecordUpsert() {
    Map<String, DiffColumn> columns = new LinkedHashMap<>();
    for (DiffColumn column : List.of(
        new DiffColumn("id", "BIGINT"),
        new DiffColumn("email", "VARCHAR"),
        new DiffColumn("first_name", "VARCHAR"),
        new DiffColumn("ltv", "DECIMAL(12, 2)"),
        new DiffColumn("score", "DOUBLE"),
        new DiffColumn("active", "BOOLEAN"),
        new DiffColumn("birthday", "DATE"),
        new DiffColumn("created_at", "TIMESTAMP(6)"),
        new DiffColumn("seen_at", "TIMESTAMP_WITH_LOCAL_TIME_ZONE(6)"),
        new DiffColumn(HOSTILE_COLUMN, "VARCHAR"))) {
      columns.put(column.name(), column);
    }
    List<FieldMapping> mapping = new ArrayList<>();
    columns.keySet().stream().filter(name -> !name.equals("first_name"))
        .forEach(name -> mapping.add(new FieldMapping(name, new FieldSource.Column(name))));
    mapping.add(new FieldMapping("properties.greeting",
        new FieldSource.Template("Hi {{first_name}} ({{ltv}}, {{created_at}}) it's", List.of("first_name", "ltv", "created_at"))));
    mapping.add(new FieldMapping("properties.stage", new FieldSource.Constant("customer")));
    mapping.add(new FieldMapping("properties.tier", new FieldSource.Constant(3L)));
    mapping.add(new FieldMapping("we\"ird'", new FieldSource.Constant(null)));
    JsonRecord record = JsonRecords.of(mapping, "id", columns).orElseThrow();
    List<DiffColumn> mapped = new ArrayList<>(columns.values());
    return new DiffSpec(
        "contacts_to_webhook",
        "ebb",
        ModelQuery.of("SELECT * FROM analytics.contacts"),
        List.of(mapped.get(0)),
        mapped.subList(1, mapped.size()),
        WriteMode.UPSERT,
        FINGERPRINT,
        "run1",
        record);
  }
}
