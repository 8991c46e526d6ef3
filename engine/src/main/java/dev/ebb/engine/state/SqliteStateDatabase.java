package dev.ebb.engine.state;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A SQLite file. WAL lets the web site read while a worker writes; every write transaction begins
 * IMMEDIATE, taking the single write lock up front, so two writers queue on the busy timeout
 * instead of failing when a read turns into a write.
 */
final class SqliteStateDatabase implements StateDatabase {

  private static final String PREFIX = "jdbc:sqlite:";
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  @Override
  public boolean accepts(String jdbcUrl) {
    return jdbcUrl.startsWith(PREFIX);
  }

  @Override
  public HikariConfig poolConfig(StateConfig config) {
    requireWritable(config.url().substring(PREFIX.length()));
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    sqlite.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
    dataSource.setUrl(config.url());
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(dataSource);
    pool.setPoolName("ebb-state");
    pool.setMaximumPoolSize(4);
    return pool;
  }

  @Override
  public String migrations() {
    return "classpath:db/migration/sqlite";
  }

  @Override
  public String claimLock() {
    return "";
  }

  @Override
  public String updateLock() {
    return "";
  }

  /**
   * Creates the folder and checks the file and folder can be written: SQLite would otherwise open
   * a read-only file read-only and fail at the first write, in the middle of a run, and in WAL
   * mode it needs to create files beside the database.
   */
  private static void requireWritable(String file) {
    String name = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
    if (name.isEmpty() || name.startsWith(":memory:")) {
      return;
    }
    Path database = Path.of(name);
    Path parent = database.toAbsolutePath().getParent();
    if (Files.exists(parent) && !Files.isDirectory(parent)) {
      throw new StateStoreException(
          "cannot create the state store folder " + parent + ": a file of that name is in the way");
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StateStoreException("cannot create the state store folder " + parent + ": " + e, e);
    }
    if (Files.isDirectory(database)) {
      throw new StateStoreException("the state store " + database + " is a folder, not a SQLite file");
    }
    if (Files.exists(database) && !Files.isWritable(database)) {
      throw new StateStoreException("the state store " + database + " is read-only: ebb records every run in it");
    }
    if (!Files.isWritable(parent)) {
      throw new StateStoreException(
          "the state store folder " + parent + " is read-only: SQLite writes its journal beside " + database.getFileName());
    }
  }
}
