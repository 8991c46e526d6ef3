package dev.ebb.engine.run;

/**
 * How {@code ebb run} executes syncs.
 *
 * @param confirm proceed past confirmable guards (mass delete, mass change, empty model)
 * @param fullRefresh forget the snapshots first: everything is sent again
 * @param pageSize diff rows fetched from the warehouse at a time while delivering (the driver's fetch size)
 * @param recordLog keep a per-record log line for every record (failures are always kept)
 */
public record RunOptions(boolean confirm, boolean fullRefresh, int pageSize, boolean recordLog) {

  public static final RunOptions DEFAULTS = new RunOptions(false, false, 10_000, true);

  public RunOptions withConfirm(boolean value) {
    return new RunOptions(value, fullRefresh, pageSize, recordLog);
  }

  public RunOptions withFullRefresh(boolean value) {
    return new RunOptions(confirm, value, pageSize, recordLog);
  }

  public RunOptions withRecordLog(boolean value) {
    return new RunOptions(confirm, fullRefresh, pageSize, value);
  }
}
