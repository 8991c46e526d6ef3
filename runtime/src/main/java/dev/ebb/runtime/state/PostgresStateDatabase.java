package dev.ebb.runtime.state;

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
}
