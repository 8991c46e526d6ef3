package dev.ebb.engine.warehouse;

import java.nio.file.Path;

/** Loads one CSV file into a warehouse table, the way that warehouse does it best. */
public interface SeedLoader {

  /**
   * Replaces {@code schema.table} (creating the schema when missing) with the rows of the CSV file,
   * whose first line names the columns; column types are inferred from the values.
   *
   * @return the number of rows loaded
   */
  long load(Warehouse warehouse, Path csv, String schema, String table);
}
