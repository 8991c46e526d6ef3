package dev.ebb.engine.state;

import com.zaxxer.hikari.HikariConfig;
import java.util.List;
import java.util.Optional;

/** What differs between the databases that can hold the state store. */
interface StateDatabase {

  List<StateDatabase> ALL = List.of(new SqliteStateDatabase(), new PostgresStateDatabase());

  static Optional<StateDatabase> forUrl(String url) {
    return ALL.stream().filter(d -> d.accepts(url)).findFirst();
  }

  boolean accepts(String jdbcUrl);

  /** A connection pool for the store, tuned for this database. */
  HikariConfig poolConfig(StateConfig config);

  /** The Flyway location of this database's migrations. */
  String migrations();

  /**
   * What makes the claim query lock the chosen run against other claimers; empty where the write
   * transaction itself already excludes them.
   */
  String claimLock();

  /**
   * What makes a read lock the row it reads until the transaction ends, for a read-modify-write;
   * empty where the write transaction itself already excludes other writers.
   */
  String updateLock();
}
