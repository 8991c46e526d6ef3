package dev.ebb.engine.warehouse;

import static dev.ebb.compiler.text.Messages.firstLine;

import java.io.IOException;

/** The one-line errors of {@code ebb seed}, naming the target and the seed. */
final class SeedFailures {

  interface Read<T> {
    T get() throws IOException;
  }

  private SeedFailures() {}

  static <T> T read(Warehouse warehouse, String table, Read<T> read) {
    try {
      return read.get();
    } catch (IOException | RuntimeException e) {
      throw new WarehouseException(prefix(warehouse, table) + " cannot be read: " + firstLine(e.getMessage()), e);
    }
  }

  static WarehouseException failed(Warehouse warehouse, String table, Exception e) {
    return new WarehouseException(prefix(warehouse, table) + " failed: " + firstLine(e.getMessage()), e);
  }

  private static String prefix(Warehouse warehouse, String table) {
    return "target '" + warehouse.targetName() + "' (" + warehouse.type() + "): seed '" + table + "'";
  }
}
