package dev.ebb.engine.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ebb.destination.api.Operation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-record log, stored as chunks of up to {@value #CHUNK} lines per row: a run logs its
 * records by the million, and one row (with its index entries) per record made the state store the
 * slowest part of a delivery. A chunk holds its lines as a JSON array of {@code [key, op, outcome,
 * response, at]} and its place in the run's log ({@code first_line}, {@code line_count}), so a
 * page of the log reads the few chunks it overlaps. Provenance is the run's (see {@link
 * NewRecordResult}).
 */
final class RecordLog {

  static final int CHUNK = 1_000;

  private static final JsonFactory JSON = new JsonFactory();

  private RecordLog() {}

  /** Appends lines, each run's after the lines it logged before. */
  static void append(Connection c, List<NewRecordResult> results) throws SQLException {
    Map<String, List<NewRecordResult>> byRun = new LinkedHashMap<>();
    results.forEach(r -> byRun.computeIfAbsent(r.runId(), k -> new ArrayList<>()).add(r));
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO record_log (run_id, first_line, line_count, at, body) VALUES (?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, List<NewRecordResult>> run : byRun.entrySet()) {
        long next = lines(c, run.getKey());
        List<NewRecordResult> lines = run.getValue();
        for (int from = 0; from < lines.size(); from += CHUNK) {
          List<NewRecordResult> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
          insert.setString(1, run.getKey());
          insert.setLong(2, next);
          insert.setInt(3, chunk.size());
          insert.setLong(4, chunk.stream().mapToLong(r -> r.at().toEpochMilli()).max().orElseThrow());
          insert.setString(5, body(chunk));
          insert.addBatch();
          next += chunk.size();
        }
      }
      insert.executeBatch();
    }
  }

  /** How many lines a run logged so far. */
  private static long lines(Connection c, String runId) throws SQLException {
    Optional<Long> end =
        Jdbc.one(
            c,
            "SELECT first_line + line_count FROM record_log WHERE run_id = ?"
                + " ORDER BY first_line DESC LIMIT 1",
            row -> row.getLong(1),
            runId);
    return end.orElse(0L);
  }

  /** A run's log lines {@code offset} to {@code offset + limit}, in write order, with the run's provenance. */
  static List<RecordResult> read(Connection c, String runId, int offset, int limit)
      throws SQLException {
    List<RecordResult> page = new ArrayList<>();
    if (limit <= 0) {
      return page;
    }
    try (PreparedStatement select =
        Jdbc.prepare(
            c,
            "SELECT l.first_line, l.body, runs.sync, runs.git_commit, runs.mapping_fingerprint"
                + " FROM record_log l JOIN runs ON runs.id = l.run_id WHERE l.run_id = ?"
                + " AND l.first_line < ? AND l.first_line + l.line_count > ? ORDER BY l.first_line",
            runId,
            (long) offset + limit,
            (long) offset);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        Provenance provenance = new Provenance(runId, rows.getString(3), rows.getString(4), rows.getString(5));
        long line = rows.getLong(1);
        for (RecordResult result : lines(rows.getString(2), provenance)) {
          if (line >= offset && page.size() < limit) {
            page.add(result);
          }
          line++;
        }
      }
    }
    return page;
  }

  /**
   * Deletes the log of up to {@code maxRuns} runs the policy no longer keeps (ended before {@code
   * now - maxAge}, not among the sync's last {@code keepRuns}), those that ended first first.
   */
  static RecordLogPurge purge(Connection c, RetentionPolicy policy, int maxRuns, Instant now) throws SQLException {
    List<String> runs =
        Jdbc.list(
            c,
            "SELECT ranked.id FROM (SELECT r.id, r.finished_at, ROW_NUMBER() OVER"
                + " (PARTITION BY r.sync ORDER BY r.queued_at DESC, r.id DESC) AS position FROM runs r) ranked"
                + " WHERE ranked.position > ? AND ranked.finished_at < ?"
                + " AND EXISTS (SELECT 1 FROM record_log l WHERE l.run_id = ranked.id)"
                + " ORDER BY ranked.finished_at, ranked.id LIMIT ?",
            row -> row.getString(1),
            policy.keepRuns(),
            now.minus(policy.maxAge()).toEpochMilli(),
            maxRuns);
    long lines = 0;
    for (String runId : runs) {
      lines += Jdbc.one(c, "SELECT COALESCE(SUM(line_count), 0) FROM record_log WHERE run_id = ?", row -> row.getLong(1), runId)
          .orElse(0L);
      Jdbc.update(c, "DELETE FROM record_log WHERE run_id = ?", runId);
    }
    return new RecordLogPurge(runs.size(), lines);
  }

  private record Provenance(String runId, String sync, String gitCommit, String mappingFingerprint) {}

  private static String body(List<NewRecordResult> lines) {
    StringWriter out = new StringWriter(lines.size() * 48);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (NewRecordResult line : lines) {
        json.writeStartArray();
        json.writeString(line.key());
        json.writeString(line.op().name());
        json.writeString(line.outcome().code());
        json.writeString(line.response());
        json.writeNumber(line.at().toEpochMilli());
        json.writeEndArray();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<RecordResult> lines(String body, Provenance run) {
    List<RecordResult> lines = new ArrayList<>();
    try (JsonParser json = JSON.createParser(body)) {
      expect(json.nextToken(), JsonToken.START_ARRAY);
      while (json.nextToken() == JsonToken.START_ARRAY) {
        String key = json.nextTextValue();
        String op = json.nextTextValue();
        String outcome = json.nextTextValue();
        json.nextToken();
        String response = json.currentToken() == JsonToken.VALUE_NULL ? null : json.getText();
        json.nextToken();
        long at = json.getLongValue();
        expect(json.nextToken(), JsonToken.END_ARRAY);
        lines.add(new RecordResult(run.runId(), run.sync(), run.gitCommit(), run.mappingFingerprint(), key,
            Operation.valueOf(op), DeliveryOutcome.fromCode(outcome), response, Instant.ofEpochMilli(at)));
      }
    } catch (IOException e) {
      throw new StateStoreException("a record log chunk of run " + run.runId() + " is not readable: " + e.getMessage(), e);
    }
    return lines;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + ", found " + actual);
    }
  }
}
