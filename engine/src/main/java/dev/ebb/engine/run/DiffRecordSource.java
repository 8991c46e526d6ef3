package dev.ebb.engine.run;

import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.engine.diff.DiffCursor;
import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.engine.diff.DiffRunner;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.engine.delivery.PendingRecord;
import dev.ebb.engine.plan.Operations;
import dev.ebb.engine.mapping.RecordMapper;
import dev.ebb.engine.delivery.RecordSource;
import dev.ebb.engine.delivery.SequencedRecord;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Streams a run's diff table in sequence order from a checkpoint on, with one query, and hands each
 * row to the delivery lanes, which map it to the record the destination receives (in parallel).
 * Only the driver's fetch buffer is in memory. Close it to release the cursor.
 *
 * <p>With {@code warehouseJson}, the query reads each record's JSON as the warehouse built it
 * ({@link DiffRunner#readRecords}) instead of the model's columns, and the lanes only wrap it.
 */
final class DiffRecordSource implements RecordSource, AutoCloseable {

  private final DiffRunner reader;
  private final int fetchSize;
  private final WriteMode mode;
  private final RecordMapper mapper;
  private final boolean warehouseJson;
  private final IdempotencyKeys idempotencyKeys;
  private DiffCursor cursor;
  /** Whether the warehouse types keys as integers (a single integer key), else text. */
  private volatile boolean integerKeys;
  private final long from;

  DiffRecordSource(
      DiffRunner reader, long fromSequence, int fetchSize, WriteMode mode, RecordMapper mapper,
      boolean warehouseJson, String sync, String fingerprint) {
    this.reader = reader;
    this.from = fromSequence;
    this.fetchSize = fetchSize;
    this.mode = mode;
    this.mapper = mapper;
    this.warehouseJson = warehouseJson;
    this.idempotencyKeys = new IdempotencyKeys(sync, fingerprint);
  }

  @Override
  public Optional<PendingRecord> next() throws SQLException {
    if (cursor == null) {
      cursor = warehouseJson ? reader.readRecords(from, fetchSize) : reader.read(from, fetchSize);
    }
    DiffRow row = cursor.next();
    if (row == null) {
      return Optional.empty();
    }
    String key = String.valueOf(row.key());
    boolean integer = row.key() instanceof Number;
    if (integer != integerKeys) {
      integerKeys = integer;
    }
    return Optional.of(new PendingRow(row, key));
  }

  @Override
  public void close() throws SQLException {
    if (cursor != null) {
      cursor.close();
    }
  }

  /** A diff row whose mapping (and idempotency key) the delivery lanes compute in parallel. */
  private final class PendingRow implements PendingRecord {
    private final DiffRow row;
    private final String key;

    PendingRow(DiffRow row, String key) {
      this.row = row;
      this.key = key;
    }

    @Override
    public long sequence() {
      return row.seq();
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public SequencedRecord prepare() {
      Operation operation = Operations.of(mode, row.op());
      String idempotencyKey = idempotencyKeys.of(operation, key, row.hash());
      OutboundRecord record;
      if (row.op() == DiffOp.REMOVED) {
        // The snapshot keeps keys, not values: a delete finds its record by the key (validation
        // makes mirror syncs match on the primary key).
        record = new OutboundRecord(key, operation, row.key(), Map.of(), idempotencyKey);
      } else if (row.recordJson() != null) {
        record = mapper.mapJson(row.values(), row.recordJson(), operation, key, idempotencyKey);
      } else {
        record = mapper.map(row.values(), operation, key, idempotencyKey);
      }
      return new SequencedRecord(row.seq(), record);
    }
  }

  /**
   * The key of a record read from this source as the warehouse typed it (a Long for a single
   * integer key, else text), for the failed-keys table.
   */
  Object typedKey(String key) {
    return integerKeys ? Long.valueOf(key) : key;
  }
}
