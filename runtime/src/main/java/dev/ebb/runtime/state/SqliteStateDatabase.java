package dev.ebb.runtime.state;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    createParentFolder(config.url().substring(PREFIX.length()));
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

  private static void createParentFolder(String file) {
    Path parent = Path.of(file.contains("?") ? file.substring(0, file.indexOf('?')) : file).getParent();
    if (parent == null || file.startsWith(":memory:")) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the state store folder " + parent, e);
    }
  }
}
