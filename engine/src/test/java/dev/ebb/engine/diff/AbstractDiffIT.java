package dev.ebb.engine.diff;

import dev.ebb.compiler.diff.DuplicateKeys;
import dev.ebb.compiler.diff.DiffCheckResult;
import dev.ebb.compiler.diff.PlannedDiff;
import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.compiler.diff.DiffSpec;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.compiler.diff.DiffGuards;
import dev.ebb.compiler.diff.DiffColumn;
import dev.ebb.compiler.diff.DiffPlanner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.sql.ModelQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diff engine's behaviour, written once; one subclass per warehouse executes it for real. */
abstract class AbstractDiffIT {

  protected TestingWarehouse warehouse;

  protected abstract TestingWarehouse open() throws SQLException;

  @BeforeEach
  void openWarehouse() throws SQLException {
    warehouse = open();
  }

  @AfterEach
  void closeWarehouse() throws SQLException {
    if (warehouse != null) {
      warehouse.close();
    }
  }

  @Test
  void randomisedRoundsMatchTheChangeSetComputedInJava() throws SQLException {
    for (long seed = 1; seed <= 3; seed++) {
      assertThat(new DiffScenario(warehouse, seed, false).run(6)).hasSize(6);
    }
  }

  @Test
  void compositeKeysDiffLikeSingleKeys() throws SQLException {
    new DiffScenario(warehouse, 42, true).run(5);
  }

  @Test
  void crashDuringCommitThenCommitAgainGivesTheSameSnapshot() throws SQLException {
    new DiffScenario(warehouse, 7, false).crashDuringCommit();
  }

  @Test
  void eachModeReadsWhatItSends() throws SQLException {
    String schema = warehouse.newSchema("ebb_it_modes_");
    String table = deliveredByEveryMode(schema);
    warehouse.execute("UPDATE " + table + " SET v = 'B' WHERE id = 2");
    warehouse.execute("DELETE FROM " + table + " WHERE id = 3");
    warehouse.execute("INSERT INTO " + table + " VALUES (4, 'd')");

    Map<WriteMode, Set<String>> sent = new EnumMap<>(WriteMode.class);
    for (WriteMode mode : WriteMode.values()) {
      sent.put(mode, runOnce(spec(schema, table, mode, "second"), 0));
    }
    assertThat(sent.get(WriteMode.INSERT)).containsExactlyInAnyOrder("added 4");
    assertThat(sent.get(WriteMode.UPDATE)).containsExactlyInAnyOrder("added 4", "changed 2");
    assertThat(sent.get(WriteMode.UPSERT)).containsExactlyInAnyOrder("added 4", "changed 2");
    assertThat(sent.get(WriteMode.MIRROR))
        .containsExactlyInAnyOrder("added 4", "changed 2", "removed 3");
    assertThat(sent.get(WriteMode.ALL))
        .containsExactlyInAnyOrder("added 4", "changed 2", "unchanged 1");
  }

  /**
   * Keys gone from the model leave the snapshot where the mode upserts or updates by key, even
   * when nothing was delivered, so later diffs do not carry them again; a key that returns is
   * added. Insert mode keeps them (a returning key would be inserted twice), mirror mode once the
   * delete was accepted.
   */
  @Test
  void keysGoneFromTheModelLeaveTheSnapshotUnlessTheModeInsertsOrDeletesThem() throws SQLException {
    String schema = warehouse.newSchema("ebb_it_gone_");
    String table = deliveredByEveryMode(schema);
    warehouse.execute("DELETE FROM " + table + " WHERE id = 3");

    Map<WriteMode, Long> removedBeforeDelivery = new EnumMap<>(WriteMode.class);
    Map<WriteMode, Long> removedAfter = new EnumMap<>(WriteMode.class);
    for (WriteMode mode : WriteMode.values()) {
      // A delivery that stopped before its first checkpoint, then one that got through.
      removedBeforeDelivery.put(mode, removedRows(spec(schema, table, mode, "second"), 0));
      removedAfter.put(mode, removedRows(spec(schema, table, mode, "third"), Long.MAX_VALUE));
    }
    assertThat(removedBeforeDelivery.values()).hasSize(WriteMode.values().length).containsOnly(1L);
    assertThat(removedAfter)
        .containsEntry(WriteMode.INSERT, 1L)
        .containsEntry(WriteMode.UPDATE, 0L)
        .containsEntry(WriteMode.UPSERT, 0L)
        .containsEntry(WriteMode.MIRROR, 1L)
        .containsEntry(WriteMode.ALL, 0L);

    warehouse.execute("INSERT INTO " + table + " VALUES (3, 'c')");
    Map<WriteMode, Set<String>> sent = new EnumMap<>(WriteMode.class);
    for (WriteMode mode : WriteMode.values()) {
      sent.put(mode, runOnce(spec(schema, table, mode, "fourth"), Long.MAX_VALUE));
    }
    assertThat(sent.get(WriteMode.INSERT)).isEmpty();
    assertThat(sent.get(WriteMode.UPDATE)).containsExactly("added 3");
    assertThat(sent.get(WriteMode.UPSERT)).containsExactly("added 3");
    assertThat(sent.get(WriteMode.MIRROR)).containsExactly("added 3");
    assertThat(sent.get(WriteMode.ALL)).containsExactlyInAnyOrder("added 3", "unchanged 1", "unchanged 2");
  }

  @Test
  void rowsCarryTheHashTheSnapshotKeepsAndWallClockTimestamps() throws SQLException {
    Dialect dialect = warehouse.dialect();
    String schema = warehouse.newSchema("ebb_it_hash_");
    String table = dialect.quoteIdentifier(schema) + ".m";
    warehouse.execute("CREATE TABLE " + table + " (id INTEGER, v " + dialect.textType() + ", ts TIMESTAMP)");
    warehouse.execute("INSERT INTO " + table + " SELECT i, 'v' || i, TIMESTAMP '2023-11-14 22:13:20' FROM "
        + (dialect.name().equals("duckdb") ? "range(1, 201) t(i)" : "generate_series(1, 200) AS t(i)"));
    DiffSpec spec = new DiffSpec("hashes", schema, ModelQuery.of("SELECT id, v, ts FROM " + table),
        List.of(new DiffColumn("id", "INTEGER")),
        List.of(new DiffColumn("v", "VARCHAR"), new DiffColumn("ts", "TIMESTAMP")),
        WriteMode.UPSERT, "fp", "r");
    DiffPlan plan = DiffPlanner.plan(spec, dialect);
    DiffRunner runner = new DiffRunner(warehouse.connection(), plan);
    runner.setup();
    runner.plan(runner.check());
    Map<Object, Long> read = new HashMap<>();
    try (DiffCursor cursor = runner.read(0, 50)) {
      DiffRow row;
      while ((row = cursor.next()) != null) {
        read.put(row.key(), row.hash());
        assertThat(row.values().get("ts")).isEqualTo(LocalDateTime.of(2023, 11, 14, 22, 13, 20));
        assertThat(row.values()).containsKeys("id", "v", "ts").hasSize(3);
      }
    }
    runner.commit(Long.MAX_VALUE);

    Map<Object, Long> stored = new HashMap<>();
    try (Statement statement = warehouse.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT ebb_key, ebb_hash FROM " + plan.tables().snapshot())) {
      while (rows.next()) {
        stored.put(rows.getObject(1), ((Number) rows.getObject(2)).longValue());
      }
    }
    assertThat(read).hasSize(200).isEqualTo(stored);
    // Unsigned 64-bit hashes (DuckDB) come back with the same bits, negative ones included.
    if (dialect.hashType().equals("UBIGINT")) {
      assertThat(read.values()).anyMatch(hash -> hash < 0);
    }
  }

  /**
   * Decimals whose 64-bit (narrow) or 128-bit (wide) storage differs only in sign or the last
   * digit, and NULL, each hash differently: every update shows as changed, also between 128-bit
   * values whose halves a hash that combines them by XOR could confuse. Also where the declared
   * type is narrower than the warehouse's (a SUM typed DECIMAL(12, 2) that DuckDB holds in 128
   * bits, an AVG that DuckDB computes as DOUBLE): nothing is rounded to the declared scale.
   */
  @Test
  void decimalsChangeOnEveryDigitAndSignWhateverTheirDeclaredWidth() throws SQLException {
    Dialect dialect = warehouse.dialect();
    String schema = warehouse.newSchema("ebb_it_decimal_");
    String table = dialect.quoteIdentifier(schema) + ".m";
    warehouse.execute("CREATE TABLE " + table + " (id INTEGER, narrow DECIMAL(12, 2), wide DECIMAL(38, 9),"
        + " summed DECIMAL(38, 2), averaged DOUBLE PRECISION)");
    List<List<String>> values = List.of(
        List.of("0.00", "0", "0.00", "0.001"),
        List.of("-0.01", "-0.000000001", "-0.01", "0.002"),
        List.of("0.01", "0.000000001", "0.01", "0.0015"),
        List.of("NULL", "NULL", "NULL", "NULL"),
        List.of("9999999999.99", "-1", "-18446744073709551.61", "-0.000000001"),
        List.of("-9999999999.99", "1", "18446744073709551.61", "0.000000001"),
        // 128-bit values whose halves' hashes cancel or swap: 5 units, 5 * 2^64 units, and
        // 2^64 + 1 units (both halves 1, like 0 and -1 unit with both halves 0 or all ones).
        List.of("0.05", "0.000000005", "0.05", "0.003"),
        List.of("12.34", "2", "922337203685477580.80", "0.004"),
        List.of("-12.34", "3", "184467440737095516.17", "0.005"));
    for (int i = 0; i < values.size(); i++) {
      warehouse.execute("INSERT INTO " + table + " VALUES (" + i + ", " + String.join(", ", values.get(i)) + ")");
    }
    DiffSpec spec = new DiffSpec("decimals", schema, ModelQuery.of("SELECT id, narrow, wide, summed, averaged FROM " + table),
        List.of(new DiffColumn("id", "INTEGER")),
        List.of(new DiffColumn("narrow", "DECIMAL(12, 2)"), new DiffColumn("wide", "DECIMAL(38, 9)"),
            new DiffColumn("summed", "DECIMAL(12, 2)"), new DiffColumn("averaged", "DECIMAL(12, 2)")),
        WriteMode.UPSERT, "fp", "r1");
    DiffRunner first = new DiffRunner(warehouse.connection(), DiffPlanner.plan(spec, dialect));
    first.setup();
    first.plan(first.check());
    first.commit(Long.MAX_VALUE);
    first.cleanup();
    String[] columns = {"narrow", "wide", "summed", "averaged"};
    for (int column = 0; column < columns.length; column++) {
      // Each row takes the next row's value in one column: sign flips, last-digit steps and NULLs.
      for (int i = 0; i < values.size(); i++) {
        warehouse.execute("UPDATE " + table + " SET " + columns[column] + " = "
            + values.get((i + 1) % values.size()).get(column) + " WHERE id = " + i);
      }
      String runId = "r" + (column + 2);
      DiffSpec again = new DiffSpec("decimals", schema, spec.model(), spec.primaryKey(), spec.mapped(),
          WriteMode.UPSERT, "fp", runId);
      DiffRunner runner = new DiffRunner(warehouse.connection(), DiffPlanner.plan(again, dialect));
      PlannedDiff diff = runner.plan(runner.check());
      assertThat(diff.counts().changed()).as(columns[column]).isEqualTo(values.size());
      runner.commit(Long.MAX_VALUE);
      runner.cleanup();
    }
  }

  @Test
  void checksReportNullAndDuplicateKeysAndTheGuardsStopTheRun() throws SQLException {
    Dialect dialect = warehouse.dialect();
    String schema = warehouse.newSchema("ebb_it_checks_");
    String table = dialect.quoteIdentifier(schema) + ".m";
    warehouse.execute("CREATE TABLE " + table + " (id INTEGER, v " + dialect.textType() + ")");
    warehouse.execute("INSERT INTO " + table + " VALUES (1, 'a'), (1, 'b'), (NULL, 'c'), (2, 'd')");
    DiffRunner runner = new DiffRunner(warehouse.connection(),
        DiffPlanner.plan(spec(schema, table, WriteMode.UPSERT, "r"), dialect));
    runner.setup();
    DiffCheckResult checks = runner.check();
    assertThat(checks.modelRows()).isEqualTo(4);
    assertThat(checks.nullKeys()).isEqualTo(1);
    assertThat(checks.nullKeySamples()).containsExactly(java.util.Arrays.asList((String) null));
    assertThat(checks.duplicateKeys()).isEqualTo(new DuplicateKeys(1, List.of("1 (2 rows)")));
    assertThat(new DiffGuards(null, null).beforeDiff("s", checks))
        .extracting(GuardViolation::kind)
        .containsExactly(GuardViolation.Kind.NULL_KEYS, GuardViolation.Kind.DUPLICATE_KEYS);

    warehouse.execute("DELETE FROM " + table + " WHERE id IS NULL OR v = 'b'");
    runOnce(spec(schema, table, WriteMode.UPSERT, "r2"), Long.MAX_VALUE);
    warehouse.execute("DELETE FROM " + table);
    DiffCheckResult empty = runner.check();
    assertThat(new DiffGuards(null, null).beforeDiff("s", empty))
        .extracting(GuardViolation::kind).containsExactly(GuardViolation.Kind.EMPTY_MODEL);
  }

  @Test
  void duplicateKeysAreFoundAgainstTheDiffWhereverTheyAre() throws SQLException {
    for (WriteMode mode : List.of(WriteMode.UPSERT, WriteMode.ALL)) {
      Dialect dialect = warehouse.dialect();
      String schema = warehouse.newSchema("ebb_it_dups_");
      String table = dialect.quoteIdentifier(schema) + ".m";
      warehouse.execute("CREATE TABLE " + table + " (id INTEGER, v " + dialect.textType() + ")");
      warehouse.execute("INSERT INTO " + table + " VALUES (1, 'a'), (2, 'b'), (3, 'c'), (3, 'c2')");
      assertThat(duplicates(spec(schema, table, mode, "first")))
          .as("%s, first run: every row added", mode)
          .isEqualTo(new DuplicateKeys(1, List.of("3 (2 rows)")));

      warehouse.execute("DELETE FROM " + table + " WHERE v = 'c2'");
      runOnce(spec(schema, table, mode, "delivered"), Long.MAX_VALUE);
      assertThat(duplicates(spec(schema, table, mode, "clean"))).as("%s, clean", mode)
          .isEqualTo(DuplicateKeys.NONE);

      warehouse.execute("INSERT INTO " + table + " VALUES (2, 'b')");
      assertThat(duplicates(spec(schema, table, mode, "identical")))
          .as("%s, an identical copy of a delivered row", mode)
          .isEqualTo(new DuplicateKeys(1, List.of("2 (2 rows)")));

      warehouse.execute("INSERT INTO " + table + " VALUES (3, 'x'), (4, 'd'), (4, 'e'), (5, 'f')");
      assertThat(duplicates(spec(schema, table, mode, "mixed")))
          .as("%s, delivered keys and an added key twice", mode)
          .isEqualTo(new DuplicateKeys(3, List.of("2 (2 rows)", "3 (2 rows)", "4 (2 rows)")));

      warehouse.execute("DELETE FROM " + table + " WHERE id IN (2, 3)");
      warehouse.execute("INSERT INTO " + table + " VALUES (2, 'b'), (3, 'c')");
      assertThat(duplicates(spec(schema, table, mode, "added")))
          .as("%s, only a key added twice", mode)
          .isEqualTo(new DuplicateKeys(1, List.of("4 (2 rows)")));
    }
  }

  @Test
  void duplicateCompositeKeysAreFoundAgainstTheDiff() throws SQLException {
    Dialect dialect = warehouse.dialect();
    String schema = warehouse.newSchema("ebb_it_dupc_");
    String table = dialect.quoteIdentifier(schema) + ".m";
    warehouse.execute("CREATE TABLE " + table + " (id INTEGER, part INTEGER, v " + dialect.textType() + ")");
    warehouse.execute("INSERT INTO " + table + " VALUES (1, 0, 'a'), (1, 1, 'b'), (2, 0, 'c')");
    ModelQuery model = ModelQuery.of("SELECT id, part, v FROM " + table);
    java.util.function.Function<String, DiffSpec> spec = runId -> new DiffSpec("composite", schema, model,
        List.of(new DiffColumn("id", "INTEGER"), new DiffColumn("part", "INTEGER")),
        List.of(new DiffColumn("v", "VARCHAR")), WriteMode.MIRROR, "fp", runId);
    assertThat(duplicates(spec.apply("first"))).isEqualTo(DuplicateKeys.NONE);
    runOnce(spec.apply("delivered"), Long.MAX_VALUE);

    warehouse.execute("INSERT INTO " + table + " VALUES (1, 1, 'b'), (2, 1, 'd'), (3, 0, 'e'), (3, 0, 'f')");
    DuplicateKeys found = duplicates(spec.apply("second"));
    assertThat(found.keys()).isEqualTo(2);
    assertThat(found.samples()).hasSize(2).allMatch(sample -> sample.endsWith(" (2 rows)"));
  }

  /** Checks, plans and cleans up; the duplicate keys the plan found. */
  private DuplicateKeys duplicates(DiffSpec spec) throws SQLException {
    DiffRunner runner = new DiffRunner(warehouse.connection(), DiffPlanner.plan(spec, warehouse.dialect()));
    runner.setup();
    DiffCheckResult checks = runner.check();
    assertThat(checks.duplicateKeys()).as("no pass over the model before the diff").isEqualTo(DuplicateKeys.NONE);
    DuplicateKeys found = runner.plan(checks).duplicateKeys();
    runner.cleanup();
    return found;
  }

  @Test
  void aModelWhoseCtesOpenEachStatementChecksAndDiffsTheSame() throws SQLException {
    Dialect dialect = warehouse.dialect();
    String schema = warehouse.newSchema("ebb_it_ctes_");
    String table = dialect.quoteIdentifier(schema) + ".m";
    warehouse.execute("CREATE TABLE " + table + " (id INTEGER, v " + dialect.textType() + ")");
    warehouse.execute("INSERT INTO " + table + " VALUES (1, 'a'), (1, 'b'), (NULL, 'c'), (2, 'd'), (3, 'x')");
    ModelQuery plain = ModelQuery.of("SELECT id, v FROM " + table + " WHERE v <> 'x'");
    // How a model compiled for a warehouse that refuses a nested WITH (Redshift) is embedded.
    ModelQuery withCtes =
        new ModelQuery(
            List.of(
                "\"all_rows\" AS (\n  SELECT id, v FROM " + table + "\n)",
                "\"kept\" AS (\n  SELECT id, v FROM \"all_rows\" WHERE v <> 'x'\n)"),
            "SELECT id, v FROM \"kept\"");

    DiffCheckResult expected = checks(spec(schema, plain, WriteMode.MIRROR, "p"));
    DiffCheckResult actual = checks(spec(schema, withCtes, WriteMode.MIRROR, "c"));
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.duplicateKeys().samples()).containsExactly("1 (2 rows)");

    warehouse.execute("DELETE FROM " + table + " WHERE id IS NULL OR v = 'b'");
    Set<String> first = runOnce(spec(schema, withCtes, WriteMode.MIRROR, "c1"), Long.MAX_VALUE);
    warehouse.execute("UPDATE " + table + " SET v = 'D' WHERE id = 2");
    warehouse.execute("INSERT INTO " + table + " VALUES (4, 'e')");
    Set<String> second = runOnce(spec(schema, withCtes, WriteMode.MIRROR, "c2"), Long.MAX_VALUE);
    assertThat(first).containsExactlyInAnyOrder("added 1", "added 2");
    assertThat(second).containsExactlyInAnyOrder("changed 2", "added 4");
  }

  private DiffCheckResult checks(DiffSpec spec) throws SQLException {
    DiffRunner runner = new DiffRunner(warehouse.connection(), DiffPlanner.plan(spec, warehouse.dialect()));
    runner.setup();
    return runner.check();
  }

  /** Plans, reads everything the mode sends, commits it all, cleans up; returns "op key" lines. */
  private Set<String> runOnce(DiffSpec spec, long upTo) throws SQLException {
    DiffRunner runner =
        new DiffRunner(warehouse.connection(), DiffPlanner.plan(spec, warehouse.dialect()));
    runner.setup();
    runner.plan(runner.check());
    Set<String> lines = new HashSet<>();
    for (DiffRow row : runner.readPage(0, 100)) {
      lines.add(row.op().sqlValue() + " " + row.key());
    }
    runner.commit(upTo);
    runner.cleanup();
    return lines;
  }

  /** A model table {@code <schema>.m} of rows 1 a, 2 b, 3 c, delivered once by a sync per mode. */
  private String deliveredByEveryMode(String schema) throws SQLException {
    Dialect dialect = warehouse.dialect();
    String table = dialect.quoteIdentifier(schema) + ".m";
    warehouse.execute("CREATE TABLE " + table + " (id INTEGER, v " + dialect.textType() + ")");
    warehouse.execute("INSERT INTO " + table + " VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    for (WriteMode mode : WriteMode.values()) {
      runOnce(spec(schema, table, mode, "first"), Long.MAX_VALUE);
    }
    return table;
  }

  /** Plans, commits through {@code upTo} and cleans up; returns the diff's removed rows. */
  private long removedRows(DiffSpec spec, long upTo) throws SQLException {
    DiffRunner runner =
        new DiffRunner(warehouse.connection(), DiffPlanner.plan(spec, warehouse.dialect()));
    runner.setup();
    long removed = runner.plan(runner.check()).counts().removed();
    runner.commit(upTo);
    runner.cleanup();
    return removed;
  }

  private static DiffSpec spec(String schema, String table, WriteMode mode, String runId) {
    return spec(schema, ModelQuery.of("SELECT id, v FROM " + table), mode, runId);
  }

  private static DiffSpec spec(String schema, ModelQuery model, WriteMode mode, String runId) {
    return new DiffSpec("modes_" + mode.yamlName(), schema, model,
        List.of(new DiffColumn("id", "INTEGER")), List.of(new DiffColumn("v", "VARCHAR")),
        mode, "fp", runId);
  }

  static List<List<String>> diffsOf(TestingWarehouse warehouse, long seed) throws SQLException {
    return new DiffScenario(warehouse, seed, true, true).run(5);
  }
}
