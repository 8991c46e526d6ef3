package dev.ebb.engine.state;

import com.zaxxer.hikari.HikariConfig;

/** A PostgreSQL database shared by several workers; claims lock rows with SKIP LOCKED. */
final class PostgresStateDatabase implements StateDatabase {

  @Override
  public boolean accepts(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public HikariConfig poolConfig(StateConfig config) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(config.url());
    pool.setUsername(config.user());
    pool.setPassword(config.password());
    if (config.schema() != null) {
      pool.setSchema(config.schema());
    }
    pool.setPoolName("ebb-state");
    pool.setMaximumPoolSize(8);
    // Every transaction of the store takes milliseconds. One left open longer belongs to a process
    // that stalled (paused, stopped) in it, and may hold a sync claim's row lock that claimants
    // wait for: the server ends it, so that they can take the sync over once the lease lapsed.
    pool.setConnectionInitSql("SET idle_in_transaction_session_timeout = '10s'");
    return pool;
  }

  @Override
  public String migrations() {
    return "classpath:db/migration/postgresql";
  }

  @Override
  public String claimLock() {
    return " FOR UPDATE OF r SKIP LOCKED";
  }

  @Override
  public String updateLock() {
    return " FOR UPDATE";
  }
}
