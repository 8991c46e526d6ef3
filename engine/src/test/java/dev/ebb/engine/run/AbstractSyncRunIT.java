package dev.ebb.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diff.DiffCounts;
import dev.ebb.compiler.diff.GuardViolation;
import dev.ebb.engine.plan.SyncPlan;
import dev.ebb.engine.state.ClaimHolder;
import dev.ebb.engine.state.DeadLetter;
import dev.ebb.engine.state.NewRun;
import dev.ebb.engine.state.Run;
import dev.ebb.engine.state.RunStatus;
import dev.ebb.engine.state.RunTrigger;
import dev.ebb.engine.state.SyncClaim;
import dev.ebb.engine.run.RecordingSink.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run engine end to end, written once and run per warehouse: a model over a source table the
 * test fills, delivered by mirror syncs to a JDBC table, a JSON Lines file and a batch webhook, and
 * by an upsert sync to a single-record webhook that rejects some records.
 */
abstract class AbstractSyncRunIT {

  static final List<String> ALL_MIRRORS = List.of("to_mirror", "to_file", "to_hook");

  @TempDir Path root;

  RecordingSink sink;
  RecordingSink singleSink;
  TestingSyncProject project;
  private final Set<Path> seenFiles = new HashSet<>();

  /** A source row; the key is the map key. */
  record Row(String name, String email, Integer score) {}

  /** The profile's target block, indented for {@code outputs.dev}. */
  abstract String target();

  /** The schema holding the source table (and the snapshots). */
  abstract String schema();

  abstract Connection warehouse() throws SQLException;

  abstract String mirrorUrl();

  /** The mirror table as the {@code object:} of its sync. */
  abstract String mirrorTable();

  abstract Connection mirror() throws SQLException;

  @BeforeEach
  void setUpProject() throws Exception {
    sink = new RecordingSink();
    singleSink = new RecordingSink();
    try (Connection c = warehouse(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS " + schema());
      s.execute("CREATE TABLE " + schema() + ".customers (id BIGINT, name VARCHAR(200), email VARCHAR(200), score INTEGER)");
    }
    project = new TestingSyncProject(root, files());
  }

  @AfterEach
  void closeSinks() {
    sink.close();
    singleSink.close();
  }

  private Map<String, String> files() {
    String mapping = """
        mapping:
          customer_id: customer_id
          name: name
          email: email
          score: score
        schedule: manual
        """;
    Map<String, String> files = new LinkedHashMap<>();
    files.put("ebb_project.yml", "name: runtests\nprofile: runtests\nsnapshot_schema: " + schema() + "\n");
    files.put("profiles.yml", "runtests:\n  target: dev\n  outputs:\n    dev:\n" + target());
    files.put("sources.yml", """
        sources:
          - schema: %s
            tables:
              - name: customers
                columns:
                  - {name: id, type: BIGINT}
                  - {name: name, type: VARCHAR}
                  - {name: email, type: VARCHAR}
                  - {name: score, type: INTEGER}
        """.formatted(schema()));
    files.put("models/customers_model.sql", "SELECT id AS customer_id, name, email, score FROM " + schema() + ".customers\n");
    files.put("models/customers_model.yml", """
        models:
          - name: customers_model
            primary_key: customer_id
            columns:
              - name: name
                tests: [not_null]
        """);
    files.put("destinations/mirror_db.yml", "destination: mirror_db\ntype: jdbc\nconfig:\n  url: \"" + mirrorUrl() + "\"\n");
    files.put("destinations/export.yml", "destination: export\ntype: file\nconfig:\n  path: out\n  format: jsonl\n");
    files.put("destinations/hook.yml", """
        destination: hook
        type: webhook
        config:
          url: %s
          batch: true
        limits:
          batch_size: 7
          max_concurrency: 2
        """.formatted(sink.url()));
    files.put("destinations/hook_single.yml", """
        destination: hook_single
        type: webhook
        config:
          url: %s
        limits:
          batch_size: 4
          max_concurrency: 1
        """.formatted(singleSink.url()));
    files.put("syncs/to_mirror.yml", "sync: to_mirror\nmodel: customers_model\ndestination: mirror_db\nobject: "
        + mirrorTable() + "\nmode: mirror\ndelete_safety: 0.2\n" + mapping);
    files.put("syncs/to_file.yml", "sync: to_file\nmodel: customers_model\ndestination: export\nobject: customers\nmode: mirror\n" + mapping);
    files.put("syncs/to_hook.yml", "sync: to_hook\nmodel: customers_model\ndestination: hook\nobject: customers\nmode: mirror\n" + mapping);
    files.put("syncs/to_single.yml", "sync: to_single\nmodel: customers_model\ndestination: hook_single\nobject: customers\nmode: upsert\n" + mapping);
    return files;
  }

  @Test
  void mirrorsFileAndWebhookReceiveExactlyEachRoundsChanges() throws Exception {
    Map<Long, Row> model = new TreeMap<>();
    for (long id = 1; id <= 40; id++) {
      model.put(id, new Row("customer " + id, id % 7 == 0 ? null : "c" + id + "@example.com", (int) id));
    }
    Map<Long, Row> before = Map.of();
    before = round(before, model);

    model.put(3L, new Row("Zoë Ångström 東京 🚀", "zoe@example.com", 300));
    model.put(4L, new Row("customer 4", null, 4));
    model.put(7L, new Row("customer 7", "now@example.com", 7));
    model.put(8L, new Row("customer 8", "c8@example.com", null));
    model.remove(10L);
    model.remove(11L);
    for (long id = 41; id <= 45; id++) {
      model.put(id, new Row("new 客户 " + id, "n" + id + "@example.com", (int) id * 2));
    }
    before = round(before, model);

    before = round(before, model);

    model.put(3L, new Row("Zoë Ångström 東京 🚀", "zoe@example.com", 301));
    model.put(8L, new Row("customer 8", "c8@example.com", 8));
    model.remove(41L);
    round(before, model);
  }

  /** Writes {@code after} to the source, runs the mirrors, checks what each destination got. */
  private Map<Long, Row> round(Map<Long, Row> before, Map<Long, Row> after) throws Exception {
    load(after);
    Map<String, RunReport> reports = project.run(ALL_MIRRORS.toArray(String[]::new));
    List<Received> expected = changes(before, after);
    for (String sync : ALL_MIRRORS) {
      assertThat(reports.get(sync).outcome()).as(sync + ": " + reports.get(sync)).isEqualTo(RunReport.Outcome.SUCCEEDED);
      assertThat(reports.get(sync).counts().sent()).as(sync).isEqualTo(expected.size());
      assertThat(reports.get(sync).counts().succeeded()).as(sync).isEqualTo(expected.size());
    }
    assertThat(mirrorRows()).isEqualTo(expectedRecords(after));
    assertThat(withoutKeys(sink.drain())).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(withoutKeys(newFileRecords())).containsExactlyInAnyOrderElementsOf(expected);
    return Map.copyOf(after);
  }

  @Test
  void rejectedRecordsAreDeadLetteredAndTheNextRunRetriesExactlyThem() throws Exception {
    Map<Long, Row> model = new TreeMap<>();
    for (long id = 1; id <= 20; id++) {
      model.put(id, new Row(id % 6 == 0 ? "REJECT " + id : "customer " + id, "c" + id + "@example.com", (int) id));
    }
    load(model);
    singleSink.reject(r -> r.record() != null && r.record().get("name").startsWith("REJECT"));

    RunReport first = project.run("to_single").get("to_single");

    assertThat(first.outcome()).as(first.toString()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    assertThat(first.counts().sent()).isEqualTo(20);
    assertThat(first.counts().succeeded()).isEqualTo(17);
    assertThat(first.counts().deadLettered()).isEqualTo(3);
    assertThat(keys(singleSink.drain())).containsExactlyInAnyOrderElementsOf(
        Stream.of(1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 20).map(String::valueOf).toList());
    Map<String, DeadLetter> deadLetters = project.deadLetters("to_single");
    assertThat(deadLetters).containsOnlyKeys("6", "12", "18");
    assertThat(deadLetters.get("12").reason()).contains("HTTP 422").contains("invalid record 12");
    assertThat(deadLetters.get("12").payloadJson()).contains("REJECT 12");

    // One of the failed records changes before the retry; a healthy record changes too.
    model.put(12L, new Row("fixed 12", "fixed@example.com", 1200));
    model.put(2L, new Row("customer 2", "changed@example.com", 2));
    load(model);
    singleSink.reject(r -> false);

    RunReport second = project.run("to_single").get("to_single");

    assertThat(second.outcome()).as(second.toString()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    List<Received> retried = withoutKeys(singleSink.drain());
    assertThat(retried).containsExactlyInAnyOrder(
        upsert(2, model.get(2L)), upsert(6, model.get(6L)), upsert(12, model.get(12L)), upsert(18, model.get(18L)));

    assertThat(project.run("to_single").get("to_single").counts().sent()).isZero();
    assertThat(singleSink.drain()).isEmpty();
  }

  @Test
  void aRunWhoseEveryRecordIsRejectedFails() throws Exception {
    load(sample(4));
    singleSink.reject(r -> true);

    RunReport report = project.run("to_single").get("to_single");

    assertThat(report.outcome()).as(report.toString()).isEqualTo(RunReport.Outcome.FAILED);
    assertThat(report.message()).isEqualTo(
        "the destination accepted none of the 4 records sent (4 rejected and dead-lettered, 0 failed); they stay pending");
    assertThat(report.hint()).isEqualTo("see why: ebb runs show " + report.runId().orElseThrow().value());
    assertThat(project.deadLetters("to_single")).hasSize(4);
    RunStatus status = project.state(state -> state.run(report.runId().orElseThrow().value()).orElseThrow().status());
    assertThat(status).isEqualTo(RunStatus.FAILED);
  }

  @Test
  void aSyncAnotherProcessRunsIsBusyAndNothingIsSent() throws Exception {
    load(sample(3));
    ClaimHolder other = new ClaimHolder("ebb run 0badc0de", "elsewhere", 4242);
    SyncClaim held = project.state(state -> state.claimSync("to_hook", other, Duration.ofMinutes(5)).claim());

    RunReport busy = project.run("to_hook").get("to_hook");

    assertThat(busy.outcome()).isEqualTo(RunReport.Outcome.BUSY);
    assertThat(busy.message()).isEqualTo("sync to_hook is being run by ebb run 0badc0de (host elsewhere, pid 4242) since "
        + held.since().truncatedTo(ChronoUnit.SECONDS) + "; nothing was sent");
    assertThat(busy.outcome().isFailure()).isTrue();
    assertThat(sink.requests()).isZero();
    List<Run> runs = project.state(state -> state.runs("to_hook", 10));
    assertThat(runs).isEmpty();

    project.state(state -> {
      state.releaseClaim(held);
      return null;
    });
    assertThat(project.run("to_hook").get("to_hook").outcome()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    assertThat(sink.drain()).hasSize(3);
  }

  @Test
  void aRunLeftQueuedIsCancelledByTheNextRunOfItsSync() throws Exception {
    load(sample(3));
    // What a process killed between queuing its run and planning it leaves behind.
    Run orphan = project.state(state -> state.createRun(new NewRun("to_hook", RunTrigger.MANUAL, false, null, "fp")));

    RunReport report = project.run("to_hook").get("to_hook");

    assertThat(report.outcome()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    Run cancelled = project.state(state -> state.run(orphan.id()).orElseThrow());
    assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(cancelled.errorMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("superseded by a run of ebb run "));
    assertThat(sink.drain()).hasSize(3);
  }

  @Test
  void duplicateKeysStopTheRunAndShowTheKeys() throws Exception {
    load(sample(10));
    insertRaw(4L, "again 4");
    insertRaw(9L, "again 9");

    RunReport report = project.run("to_hook").get("to_hook");

    assertThat(report.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(report.message()).contains("2 primary keys occur more than once").contains("4 (2 rows)").contains("9 (2 rows)");
    assertThat(sink.requests()).isZero();
  }

  @Test
  void aDuplicateOfADeliveredRowStopsTheNextRunEvenWhenNothingElseChanged() throws Exception {
    load(sample(10));
    assertThat(project.run("to_hook").get("to_hook").outcome()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    sink.drain();
    long requests = sink.requests();
    try (Connection c = warehouse(); Statement s = c.createStatement()) {
      // An identical copy: the diff filters it out as unchanged, the counts still show it.
      s.execute("INSERT INTO " + schema() + ".customers SELECT * FROM " + schema() + ".customers WHERE id = 4");
    }

    RunReport report = project.run("to_hook").get("to_hook");

    assertThat(report.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(report.message()).contains("1 primary keys occur more than once").contains("4 (2 rows)")
        .contains("nothing was sent");
    assertThat(sink.requests()).isEqualTo(requests);
  }

  @Test
  void nullKeysStopTheRun() throws Exception {
    load(sample(10));
    insertRaw(null, "keyless one");

    RunReport report = project.run("to_hook").get("to_hook");

    assertThat(report.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(report.message()).contains("1 model rows have a NULL primary key").contains("nothing was sent");
    assertThat(sink.requests()).isZero();
  }

  @Test
  void massDeleteStopsBeforeSendingUntilConfirmed() throws Exception {
    Map<Long, Row> model = sample(20);
    load(model);
    assertThat(project.run("to_mirror").get("to_mirror").outcome()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    for (long id = 1; id <= 5; id++) {
      model.remove(id);
    }
    load(model);

    RunReport blocked = project.run("to_mirror").get("to_mirror");

    assertThat(blocked.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(blocked.message()).contains("delete_safety").contains("nothing was sent");
    assertThat(blocked.hint()).isEqualTo("if this is intended: ebb run --select to_mirror --confirm");
    assertThat(mirrorRows()).hasSize(20);

    RunReport confirmed = project.run(RunOptions.DEFAULTS.withConfirm(true), "to_mirror").get("to_mirror");

    assertThat(confirmed.outcome()).as(confirmed.toString()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    assertThat(confirmed.counts().removed()).isEqualTo(5);
    assertThat(mirrorRows()).isEqualTo(expectedRecords(model));
  }

  /** {@code ebb plan} and {@code ebb run} plan through one path: same counts, same verdict, same reasons. */
  @Test
  void planAndRunAgreeOnAGuardedSync() throws Exception {
    Map<Long, Row> model = sample(20);
    load(model);
    assertThat(project.run("to_mirror").get("to_mirror").outcome()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    for (long id = 1; id <= 5; id++) {
      model.remove(id);
    }
    model.put(6L, new Row("renamed 6", "c6@example.com", 6));
    model.put(21L, new Row("customer 21", "c21@example.com", 21));
    load(model);

    SyncPlan plan = project.plan("to_mirror");
    RunReport blocked = project.run("to_mirror").get("to_mirror");

    assertThat(plan.blocked()).isTrue();
    assertThat(blocked.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(plan.violations()).extracting(GuardViolation::kind).containsExactly(GuardViolation.Kind.DELETE_SAFETY);
    assertThat(blocked.message())
        .isEqualTo(plan.violations().get(0).message() + "; nothing was sent");
    assertThat(plan.counts()).isEqualTo(new DiffCounts(1, 1, 5, 14));
    assertThat(plan.toSend()).isEqualTo(7);

    RunReport confirmed = project.run(RunOptions.DEFAULTS.withConfirm(true), "to_mirror").get("to_mirror");

    assertThat(confirmed.outcome()).as(confirmed.toString()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    assertThat(List.of(confirmed.counts().added(), confirmed.counts().changed(), confirmed.counts().removed()))
        .containsExactly(plan.counts().added(), plan.counts().changed(), plan.counts().removed());
    assertThat(confirmed.counts().planned()).isEqualTo(plan.toSend());
    assertThat(confirmed.counts().sent()).isEqualTo(plan.toSend());
    SyncPlan after = project.plan("to_mirror");
    assertThat(after.blocked()).isFalse();
    assertThat(after.toSend()).isZero();
  }

  /** A failing data test blocks both, while the diff is still computed and counted for the plan. */
  @Test
  void planAndRunAgreeThatAFailingDataTestBlocks() throws Exception {
    Map<Long, Row> model = sample(5);
    model.put(3L, new Row(null, "nameless@example.com", 3));
    load(model);

    SyncPlan plan = project.plan("to_hook");
    RunReport blocked = project.run("to_hook").get("to_hook");

    assertThat(plan.blocked()).isTrue();
    assertThat(plan.counts().added()).isEqualTo(5);
    assertThat(plan.dataTests()).filteredOn(t -> !t.passed()).hasSize(1);
    assertThat(blocked.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(blocked.message()).startsWith("data tests failed: " + plan.dataTests().stream()
        .filter(t -> !t.passed()).findFirst().orElseThrow().name());
    assertThat(sink.requests()).isZero();
  }

  @Test
  void anEmptyModelOverANonEmptySnapshotStops() throws Exception {
    load(sample(5));
    assertThat(project.run("to_hook").get("to_hook").outcome()).isEqualTo(RunReport.Outcome.SUCCEEDED);
    sink.drain();
    load(Map.of());

    RunReport report = project.run("to_hook").get("to_hook");

    assertThat(report.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(report.message()).contains("the model is empty but 5 rows were delivered before");
    assertThat(report.hint()).contains("--confirm");
    assertThat(sink.drain()).isEmpty();
  }

  @Test
  void aFailingDataTestStopsTheRun() throws Exception {
    Map<Long, Row> model = sample(5);
    model.put(3L, new Row(null, "nameless@example.com", 3));
    load(model);

    RunReport report = project.run("to_hook").get("to_hook");

    assertThat(report.outcome()).isEqualTo(RunReport.Outcome.BLOCKED);
    assertThat(report.message()).contains("data tests failed").contains("not_null");
    assertThat(sink.requests()).isZero();
  }

  static Map<Long, Row> sample(int rows) {
    Map<Long, Row> model = new TreeMap<>();
    for (long id = 1; id <= rows; id++) {
      model.put(id, new Row("customer " + id, "c" + id + "@example.com", (int) id));
    }
    return model;
  }

  /** Replaces the source table's rows. */
  void load(Map<Long, Row> rows) throws SQLException {
    try (Connection c = warehouse()) {
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM " + schema() + ".customers");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + schema() + ".customers VALUES (?, ?, ?, ?)")) {
        for (Map.Entry<Long, Row> row : rows.entrySet()) {
          insert.setLong(1, row.getKey());
          insert.setString(2, row.getValue().name());
          insert.setString(3, row.getValue().email());
          if (row.getValue().score() == null) {
            insert.setNull(4, Types.INTEGER);
          } else {
            insert.setInt(4, row.getValue().score());
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  private void insertRaw(Long id, String name) throws SQLException {
    try (Connection c = warehouse();
        PreparedStatement insert = c.prepareStatement("INSERT INTO " + schema() + ".customers VALUES (?, ?, 'x@example.com', 1)")) {
      if (id == null) {
        insert.setNull(1, Types.BIGINT);
      } else {
        insert.setLong(1, id);
      }
      insert.setString(2, name);
      insert.execute();
    }
  }

  /** The mirror table, by key, values as text. */
  private Map<String, Map<String, String>> mirrorRows() throws SQLException {
    Map<String, Map<String, String>> rows = new TreeMap<>();
    try (Connection c = mirror();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT customer_id, name, email, score FROM " + mirrorTable())) {
      while (rs.next()) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("customer_id", rs.getString(1));
        record.put("name", rs.getString(2));
        record.put("email", rs.getString(3));
        record.put("score", rs.getString(4));
        rows.put(rs.getString(1), record);
      }
    }
    return rows;
  }

  private static Map<String, Map<String, String>> expectedRecords(Map<Long, Row> model) {
    Map<String, Map<String, String>> rows = new TreeMap<>();
    model.forEach((id, row) -> rows.put(String.valueOf(id), record(id, row)));
    return rows;
  }

  private static Map<String, String> record(long id, Row row) {
    Map<String, String> record = new LinkedHashMap<>();
    record.put("customer_id", String.valueOf(id));
    record.put("name", row.name());
    record.put("email", row.email());
    record.put("score", row.score() == null ? null : String.valueOf(row.score()));
    return record;
  }

  private static Received upsert(long id, Row row) {
    return new Received("upsert", String.valueOf(id), record(id, row), null);
  }

  /** What a mirror sync must send to go from {@code before} to {@code after}. */
  private static List<Received> changes(Map<Long, Row> before, Map<Long, Row> after) {
    List<Received> changes = new ArrayList<>();
    after.forEach((id, row) -> {
      if (!row.equals(before.get(id))) {
        changes.add(upsert(id, row));
      }
    });
    before.keySet().stream().filter(id -> !after.containsKey(id))
        .forEach(id -> changes.add(new Received("delete", String.valueOf(id), null, null)));
    return changes;
  }

  private static List<Received> withoutKeys(List<Received> received) {
    return received.stream().map(r -> new Received(r.op(), r.key(), r.record(), null)).toList();
  }

  private static List<String> keys(List<Received> received) {
    return received.stream().map(Received::key).toList();
  }

  /** Records in the JSON Lines files the file destination wrote since the last call. */
  private List<Received> newFileRecords() throws IOException {
    Path folder = root.resolve("out/customers");
    List<Received> records = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return records;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        if (seenFiles.add(file)) {
          for (String line : Files.readAllLines(file)) {
            records.add(RecordingSink.parse(JSON.readTree(line)));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return records;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
