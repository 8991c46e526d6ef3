package dev.ebb.engine.diff;

import dev.ebb.compiler.diff.DuplicateKeys;
import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.PlannedDiff;
import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.compiler.diff.DiffSpec;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.SqlStatement;
import dev.ebb.compiler.diff.DiffColumn;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.compiler.diff.DiffOp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.sql.ModelQuery;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Randomised multi-round diff runs against a real warehouse, checked against the change set this
 * class computes in Java from the rows it wrote and the rows it saw committed.
 */
final class DiffScenario {

  static final String HOSTILE_COLUMN = "we\"ird;--col ✓`";
  static final String HOSTILE_SYNC = "sync \"x\"; DROP TABLE y;-- ✓`";

  private static final BigDecimal MAX = new BigDecimal("99999999999999999999999999999.999999999");
  private static final List<String> NAMES =
      java.util.Arrays.asList(
          null, "", "null", "NULL", " ", "Zoë ✓ 日本語 🙂", "a'b\"c`d;--", "\\", "x|y:z");
  private static final List<BigDecimal> AMOUNTS =
      java.util.Arrays.asList(
          null, MAX, MAX.negate(), BigDecimal.ZERO, new BigDecimal("0.000000001"),
          new BigDecimal("-0.000000001"), new BigDecimal("1.5"));
  private static final List<String> ZONES =
      List.of("UTC", "America/New_York", "Asia/Kathmandu", "Europe/Berlin", "America/St_Johns");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

  record Row(String id, int part, String name, BigDecimal amount, Instant ts, Boolean flag,
      Integer hostile) {}

  private record Delivered(String fingerprint, String values) {}

  private final TestingWarehouse warehouse;
  private final Dialect dialect;
  private final Random random;
  private final boolean compositeKey;
  private final boolean sameOnEveryWarehouse;
  private final Map<String, Row> current = new TreeMap<>();
  private final Map<String, Delivered> delivered = new HashMap<>();
  private final Set<String> usedIds = new HashSet<>();
  private String table;
  private String committedFingerprint;
  private String snapshotSchema;

  DiffScenario(TestingWarehouse warehouse, long seed, boolean compositeKey) {
    this(warehouse, seed, compositeKey, false);
  }

  /**
   * @param sameOnEveryWarehouse checkpoint all or nothing, never half way: warehouses number the
   *     diff's rows in orders of their own, so a checkpoint half way commits different rows
   */
  DiffScenario(TestingWarehouse warehouse, long seed, boolean compositeKey, boolean sameOnEveryWarehouse) {
    this.warehouse = warehouse;
    this.dialect = warehouse.dialect();
    this.random = new Random(seed);
    this.compositeKey = compositeKey;
    this.sameOnEveryWarehouse = sameOnEveryWarehouse;
  }

  /** Runs the rounds; returns each round's diff as sorted "op|key|values" lines. */
  List<List<String>> run(int rounds) throws SQLException {
    String source = warehouse.newSchema("ebb_it_src_");
    snapshotSchema = warehouse.newSchema("snap \"s\" ✓ ");
    table = dialect.quoteIdentifier(source) + "." + dialect.quoteIdentifier("model ✓");
    warehouse.execute("CREATE TABLE " + table + " (id " + dialect.textType() + ", part INTEGER,"
        + " name " + dialect.textType() + ", amount " + warehouse.decimalType()
        + ", ts TIMESTAMPTZ, flag BOOLEAN, " + dialect.quoteIdentifier(HOSTILE_COLUMN)
        + " INTEGER)");
    List<List<String>> diffs = new ArrayList<>();
    String fingerprint = "fp-one";
    for (int round = 0; round < rounds; round++) {
      if (round == rounds / 2) {
        fingerprint = "fp-two"; // a mapping change: every delivered row becomes "changed"
      }
      mutate(round == 0 ? 60 : 10);
      write();
      warehouse.timeZone(ZONES.get(round % ZONES.size()));
      diffs.add(round(round, fingerprint));
    }
    return diffs;
  }

  private List<String> round(int round, String fingerprint) throws SQLException {
    DiffRunner runner = runner(fingerprint, "r" + round);
    runner.setup();
    DiffCheckResult checks = runner.check();
    assertThat(checks.modelRows()).isEqualTo(current.size());
    assertThat(checks.nullKeys()).isZero();
    assertThat(checks.duplicateKeys()).isEqualTo(DuplicateKeys.NONE);
    assertThat(checks.snapshotRows()).isEqualTo(delivered.size());
    assertThat(checks.storedFingerprint()).isEqualTo(committedFingerprint);
    assertThat(checks.mappingChanged(fingerprint))
        .isEqualTo(committedFingerprint != null && !committedFingerprint.equals(fingerprint));

    PlannedDiff planned = runner.plan(checks);
    assertThat(planned.duplicateKeys()).isEqualTo(DuplicateKeys.NONE);
    DiffCounts counts = planned.counts();
    List<DiffRow> rows = readAll(runner);
    List<String> actual = rows.stream().map(this::line).sorted().toList();
    List<String> expected = expected(fingerprint);
    assertThat(actual).as("round %d diff", round).containsExactlyElementsOf(expected);
    assertThat(counts.added() + counts.changed() + counts.removed()).isEqualTo(expected.size());

    // Fail some keys and sometimes checkpoint half way: both must stay pending.
    // Chosen in key order: the same keys whatever order the warehouse numbered the rows in.
    Set<Object> failed = new HashSet<>();
    rows.stream().sorted(java.util.Comparator.comparing(this::line)).forEach(r -> {
      if (random.nextInt(5) == 0) {
        failed.add(r.key());
      }
    });
    long last = rows.isEmpty() ? 0 : rows.stream().mapToLong(DiffRow::seq).max().getAsLong();
    long upTo = rows.isEmpty() || random.nextInt(3) != 0 ? last
        : sameOnEveryWarehouse ? 0
        : rows.get(random.nextInt(rows.size())).seq();
    runner.recordFailed(failed);
    runner.commit(upTo);
    runner.cleanup();
    committedFingerprint = fingerprint;
    Set<String> pending = new HashSet<>();
    for (DiffRow row : rows) {
      String key = row.key().toString();
      if (row.seq() > upTo || failed.contains(row.key())) {
        pending.add(key);
      } else if (row.op() == DiffOp.REMOVED) {
        delivered.remove(key);
      } else {
        delivered.put(key, new Delivered(fingerprint, values(current.get(key))));
      }
    }

    DiffRunner again = runner(fingerprint, "r" + round + "b");
    again.plan(again.check());
    Set<String> stillDifferent = new HashSet<>();
    readAll(again).forEach(r -> stillDifferent.add(r.key().toString()));
    again.cleanup();
    assertThat(stillDifferent).as("round %d: pending after commit", round).isEqualTo(pending);
    return actual;
  }

  /** Commits with failures, then replays the commit after a crash half way through it. */
  void crashDuringCommit() throws SQLException {
    run(1);
    mutate(15);
    write();
    DiffPlan plan = DiffPlanner.plan(spec("fp-one", "crash"), dialect);
    DiffRunner runner = new DiffRunner(warehouse.connection(), plan);
    runner.setup();
    runner.plan(runner.check());
    List<DiffRow> rows = readAll(runner);
    assertThat(rows).isNotEmpty();
    runner.recordFailed(List.of(rows.get(0).key()));
    long upTo = rows.get(rows.size() - 1).seq();
    String snapshot = plan.tables().snapshot();
    String backup = dialect.quoteIdentifier(snapshotSchema) + "." + dialect.quoteIdentifier("bk");
    warehouse.execute("CREATE TABLE " + backup + " AS SELECT * FROM " + snapshot);

    runner.commit(upTo);
    List<String> clean = contents(snapshot);

    warehouse.execute("DELETE FROM " + snapshot);
    warehouse.execute("INSERT INTO " + snapshot + " SELECT * FROM " + backup);
    for (int crashAfter = 1; crashAfter < plan.commit().size(); crashAfter++) {
      for (SqlStatement statement : plan.commit().subList(0, crashAfter)) {
        runner.execute(statement, Map.of(SqlStatement.Param.UP_TO_SEQ, upTo));
      }
      runner.commit(upTo);
      assertThat(contents(snapshot)).as("crash after %d statements", crashAfter)
          .isEqualTo(clean);
    }
    runner.commit(upTo);
    assertThat(contents(snapshot)).isEqualTo(clean);
  }

  private List<String> contents(String snapshot) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (var statement = warehouse.connection().createStatement();
        var result = statement.executeQuery("SELECT * FROM " + snapshot)) {
      while (result.next()) {
        lines.add(result.getString(1) + "|" + result.getString(2));
      }
    }
    lines.sort(null);
    return lines;
  }

  private DiffRunner runner(String fingerprint, String runId) {
    return new DiffRunner(warehouse.connection(), DiffPlanner.plan(spec(fingerprint, runId), dialect));
  }

  DiffSpec spec(String fingerprint, String runId) {
    List<DiffColumn> key = compositeKey
        ? List.of(new DiffColumn("id", "VARCHAR"), new DiffColumn("part", "INTEGER"))
        : List.of(new DiffColumn("id", "VARCHAR"));
    return new DiffSpec(
        HOSTILE_SYNC,
        snapshotSchema,
        ModelQuery.of("SELECT * FROM " + table + ";"),
        key,
        List.of(
            new DiffColumn("name", "VARCHAR"),
            new DiffColumn("amount", "DECIMAL(38, 9)"),
            new DiffColumn("ts", "TIMESTAMP_WITH_LOCAL_TIME_ZONE(6)"),
            new DiffColumn("flag", "BOOLEAN"),
            new DiffColumn(HOSTILE_COLUMN, "INTEGER")),
        WriteMode.MIRROR,
        fingerprint,
        runId);
  }

  private static List<DiffRow> readAll(DiffRunner runner) throws SQLException {
    List<DiffRow> rows = new ArrayList<>();
    long after = 0;
    while (true) {
      List<DiffRow> page = runner.readPage(after, 17);
      if (page.isEmpty()) {
        return rows;
      }
      for (DiffRow row : page) {
        assertThat(row.seq()).isGreaterThan(after);
        after = row.seq();
      }
      rows.addAll(page);
    }
  }

  private List<String> expected(String fingerprint) {
    List<String> lines = new ArrayList<>();
    current.forEach((key, row) -> {
      Delivered before = delivered.get(key);
      String values = values(row);
      if (before == null) {
        lines.add("added|" + key + "|" + values);
      } else if (!before.fingerprint.equals(fingerprint) || !before.values.equals(values)) {
        lines.add("changed|" + key + "|" + values);
      }
    });
    delivered.keySet().stream()
        .filter(key -> !current.containsKey(key))
        .forEach(key -> lines.add("removed|" + key + "|"));
    lines.sort(null);
    return lines;
  }

  private String line(DiffRow row) {
    if (row.op() == DiffOp.REMOVED) {
      return "removed|" + row.key() + "|";
    }
    Map<String, Object> v = row.values();
    return row.op().sqlValue() + "|" + row.key() + "|"
        + String.join(",", text(v.get("name")), text(v.get("amount")), text(v.get("ts")),
            text(v.get("flag")), text(v.get(HOSTILE_COLUMN)));
  }

  private static String values(Row row) {
    return String.join(",", text(row.name()), text(row.amount()), text(row.ts()),
        text(row.flag()), text(row.hostile()));
  }

  /** One canonical text per value, whatever Java type each driver returns. */
  private static String text(Object value) {
    if (value == null) {
      return "<null>";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant().toString();
    }
    if (value instanceof Number number) {
      return Long.toString(number.longValue());
    }
    return "'" + value + "'";
  }

  private String javaKey(String id, int part) {
    if (!compositeKey) {
      return id;
    }
    String partText = Integer.toString(part);
    return id.codePointCount(0, id.length()) + ":" + id + partText.length() + ":" + partText;
  }

  private void mutate(int inserts) {
    List<String> keys = new ArrayList<>(current.keySet());
    for (String key : keys) {
      int dice = random.nextInt(10);
      if (dice == 0) {
        current.remove(key);
      } else if (dice < 4) {
        current.put(key, changeOneValue(current.get(key)));
      }
    }
    for (int i = 0; i < inserts; i++) {
      Row row = newRow();
      current.put(javaKey(row.id(), row.part()), row);
    }
  }

  private Row newRow() {
    String[] pieces = {"a", "b", "1", "é", "✓", "日", "'", "\"", "`", " ", "--", ";"};
    String[] separators = {"|", ":", ",", ";", "-", ""};
    while (true) {
      StringBuilder id = new StringBuilder();
      int segments = 1 + random.nextInt(3);
      for (int s = 0; s < segments; s++) {
        if (s > 0) {
          id.append(separators[random.nextInt(separators.length)]);
        }
        id.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(compositeKey ? 3 : 50));
      }
      int part = random.nextInt(4);
      if (usedIds.add(javaKey(id.toString(), part))) {
        return new Row(id.toString(), part, pick(NAMES), pick(AMOUNTS), timestamp(),
            flag(), hostile());
      }
    }
  }

  private Row changeOneValue(Row row) {
    switch (random.nextInt(5)) {
      case 0:
        return new Row(row.id(), row.part(), pick(NAMES), row.amount(), row.ts(), row.flag(), row.hostile());
      case 1:
        return new Row(row.id(), row.part(), row.name(), pick(AMOUNTS), row.ts(), row.flag(), row.hostile());
      case 2:
        return new Row(row.id(), row.part(), row.name(), row.amount(), timestamp(), row.flag(), row.hostile());
      case 3:
        return new Row(row.id(), row.part(), row.name(), row.amount(), row.ts(), flag(), row.hostile());
      default:
        return new Row(row.id(), row.part(), row.name(), row.amount(), row.ts(), row.flag(), hostile());
    }
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private Boolean flag() {
    int dice = random.nextInt(3);
    return dice == 0 ? null : dice == 1;
  }

  private Integer hostile() {
    int dice = random.nextInt(4);
    return dice == 0 ? null : dice == 1 ? Integer.MIN_VALUE : random.nextInt(5) - 2;
  }

  /** Instants around DST changes and at odd offsets, at microsecond precision, or NULL. */
  private Instant timestamp() {
    List<ZonedDateTime> tricky = List.of(
        ZonedDateTime.of(LocalDateTime.of(2024, 3, 10, 1, 59, 59, 999_999_000), ZoneId.of("America/New_York")),
        ZonedDateTime.of(LocalDateTime.of(2024, 3, 10, 3, 0), ZoneId.of("America/New_York")),
        ZonedDateTime.of(LocalDateTime.of(2024, 11, 3, 1, 30), ZoneId.of("America/New_York")).withEarlierOffsetAtOverlap(),
        ZonedDateTime.of(LocalDateTime.of(2024, 11, 3, 1, 30), ZoneId.of("America/New_York")).withLaterOffsetAtOverlap(),
        ZonedDateTime.of(LocalDateTime.of(2024, 10, 27, 2, 30), ZoneId.of("Europe/Berlin")),
        ZonedDateTime.of(LocalDateTime.of(1999, 12, 31, 23, 59, 59, 123_456_000), ZoneId.of("Asia/Kathmandu")),
        ZonedDateTime.of(LocalDateTime.of(1969, 7, 20, 20, 17, 40), ZoneId.of("America/St_Johns")));
    int dice = random.nextInt(tricky.size() + 2);
    if (dice == tricky.size()) {
      return null;
    }
    if (dice > tricky.size()) {
      return Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000) * 1000L)
          .truncatedTo(ChronoUnit.MICROS);
    }
    return tricky.get(dice).toInstant();
  }

  private void write() throws SQLException {
    warehouse.execute("DELETE FROM " + table);
    String sql = "INSERT INTO " + table + " VALUES (?, ?, ?, CAST(? AS " + warehouse.decimalType()
        + "), CAST(? AS TIMESTAMPTZ), ?, ?)";
    try (PreparedStatement insert = warehouse.connection().prepareStatement(sql)) {
      for (Row row : current.values()) {
        insert.setString(1, row.id());
        insert.setInt(2, row.part());
        setText(insert, 3, row.name());
        setText(insert, 4, row.amount() == null ? null : row.amount().toPlainString());
        setText(insert, 5, row.ts() == null ? null
            : TIMESTAMP.format(row.ts().atOffset(java.time.ZoneOffset.ofHoursMinutes(5, 45))));
        if (row.flag() == null) {
          insert.setNull(6, Types.BOOLEAN);
        } else {
          insert.setBoolean(6, row.flag());
        }
        if (row.hostile() == null) {
          insert.setNull(7, Types.INTEGER);
        } else {
          insert.setInt(7, row.hostile());
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void setText(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }
}
