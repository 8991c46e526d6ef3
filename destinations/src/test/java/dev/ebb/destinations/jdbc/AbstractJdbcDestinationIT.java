package dev.ebb.destinations.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.RecordOutcome;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.destination.api.WriteResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jdbc destination's behaviour, written once and run against each database. */
abstract class AbstractJdbcDestinationIT {

  /** The JDBC URL of a fresh, empty database or schema for one test. */
  protected abstract String url();

  protected abstract Map<String, Object> credentials();

  /** The table name as the sync's {@code object}, schema-qualified where the database has one. */
  protected abstract String object(String table);

  /** Reads through a separate connection, after the destination was closed. */
  protected Connection connect() throws SQLException {
    Map<String, Object> credentials = credentials();
    return DriverManager.getConnection(
        url(), (String) credentials.get("user"), (String) credentials.getOrDefault("password", ""));
  }

  private static final List<FieldBinding> FIELDS =
      List.of(
          new FieldBinding("id", FieldType.INTEGER),
          new FieldBinding("email", FieldType.STRING),
          new FieldBinding("ltv", FieldType.DECIMAL),
          new FieldBinding("active", FieldType.BOOLEAN),
          new FieldBinding("signed_up", FieldType.DATE),
          new FieldBinding("last_seen", FieldType.TIMESTAMP));

  private Destination open() throws Exception {
    Map<String, Object> config = new HashMap<>(credentials());
    config.put("url", url());
    DestinationContext context =
        new DestinationContext() {
          @Override
          public Path projectDir() {
            return Path.of(".");
          }

          @Override
          public Clock clock() {
            return Clock.systemUTC();
          }
        };
    JdbcDestinationFactory factory = new JdbcDestinationFactory();
    DestinationConfig resolved = new DestinationConfig("db", "jdbc", config, Path.of("."));
    assertThat(factory.configSpec().check(config)).isEmpty();
    assertThat(factory.validate(resolved)).isEmpty();
    return factory.open(resolved, context);
  }

  private static OutboundRecord record(long id, Operation operation, String email, String ltv) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("email", email);
    fields.put("ltv", new BigDecimal(ltv));
    fields.put("active", id % 2 == 0);
    fields.put("signed_up", "2024-02-29");
    fields.put("last_seen", "2024-03-01T10:15:30+02:00");
    return new OutboundRecord(Long.toString(id), operation, id, fields, "i" + id);
  }

  private WriteResult write(WriteMode mode, List<OutboundRecord> records) throws Exception {
    try (Destination destination = open()) {
      destination.check();
      try (ObjectWriter writer =
          destination.open(new ObjectBinding("s", "run", object("contacts"), mode, "id", FIELDS))) {
        return writer.write(new RecordBatch("b", records));
      }
    }
  }

  private List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT id, email, ltv, signed_up FROM " + object("contacts") + " ORDER BY id")) {
      while (result.next()) {
        rows.add(
            result.getLong(1) + "|" + result.getString(2) + "|"
                + result.getBigDecimal(3).stripTrailingZeros().toPlainString() + "|" + result.getString(4));
      }
    }
    return rows;
  }

  @Test
  void createsTheTableThenUpsertsUpdatesAndDeletesByTheMatchKey() throws Exception {
    WriteResult first =
        write(WriteMode.UPSERT, List.of(record(1, Operation.UPSERT, "a@x.io", "10.25"), record(2, Operation.UPSERT, "b@x.io", "20")));
    assertThat(first.outcomes()).containsOnly(RecordOutcome.ACCEPTED);

    WriteResult second =
        write(
            WriteMode.MIRROR,
            List.of(
                record(1, Operation.UPSERT, "a2@x.io", "11.5"),
                record(2, Operation.DELETE, null, "0"),
                record(3, Operation.UPSERT, "c@x.io", "12345678901234567890.125")));
    assertThat(second.outcomes()).containsOnly(RecordOutcome.ACCEPTED);

    assertThat(rows())
        .containsExactly("1|a2@x.io|11.5|2024-02-29", "3|c@x.io|12345678901234567890.125|2024-02-29");
  }

  @Test
  void updateSkipsMissingRecordsAndInsertSkipsExistingOnes() throws Exception {
    write(WriteMode.UPSERT, List.of(record(1, Operation.UPSERT, "a@x.io", "1")));

    WriteResult updates =
        write(WriteMode.UPDATE, List.of(record(1, Operation.UPDATE, "new@x.io", "2"), record(9, Operation.UPDATE, "z@x.io", "3")));
    assertThat(updates.outcomes().get(0)).isEqualTo(RecordOutcome.ACCEPTED);
    assertThat(updates.outcomes().get(1)).isInstanceOf(RecordOutcome.Skipped.class);

    WriteResult inserts =
        write(WriteMode.INSERT, List.of(record(1, Operation.INSERT, "dup@x.io", "4"), record(5, Operation.INSERT, "e@x.io", "5")));
    assertThat(inserts.outcomes().get(1)).isEqualTo(RecordOutcome.ACCEPTED);

    assertThat(rows()).containsExactly("1|new@x.io|2|2024-02-29", "5|e@x.io|5|2024-02-29");
  }

  @Test
  void aConstraintViolationRejectsOneRecordWithTheDatabaseMessageAndKeepsTheOthers() throws Exception {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE " + object("contacts")
              + " (id BIGINT PRIMARY KEY, email VARCHAR(100) NOT NULL, ltv DECIMAL(30, 5), active BOOLEAN,"
              + " signed_up DATE, last_seen " + timestampType() + ")");
    }

    WriteResult result =
        write(
            WriteMode.UPSERT,
            List.of(
                record(1, Operation.UPSERT, "a@x.io", "1"),
                record(2, Operation.UPSERT, null, "2"),
                record(3, Operation.UPSERT, "c@x.io", "3")));

    assertThat(result.outcomes().get(0)).isEqualTo(RecordOutcome.ACCEPTED);
    assertThat(result.outcomes().get(1))
        .isInstanceOfSatisfying(RecordOutcome.Rejected.class, r -> assertThat(r.reason().toLowerCase(java.util.Locale.ROOT)).contains("null"));
    assertThat(result.outcomes().get(2)).isEqualTo(RecordOutcome.ACCEPTED);
    assertThat(rows()).containsExactly("1|a@x.io|1|2024-02-29", "3|c@x.io|3|2024-02-29");
  }

  protected String timestampType() {
    return "TIMESTAMP";
  }
}
