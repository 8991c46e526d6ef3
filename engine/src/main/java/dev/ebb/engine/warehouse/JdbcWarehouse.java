package dev.ebb.engine.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.model.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A warehouse reached over JDBC through a HikariCP pool. */
final class JdbcWarehouse implements Warehouse {

  private final Target target;
  private final WarehouseConnector connector;
  private final Dialect dialect;
  private final Failures failures;
  private final HikariDataSource pool;

  private JdbcWarehouse(
      Target target, WarehouseConnector connector, Dialect dialect, Failures failures, HikariDataSource pool) {
    this.target = target;
    this.connector = connector;
    this.dialect = dialect;
    this.failures = failures;
    this.pool = pool;
  }

  /**
   * Opens one connection straight through the driver first, so an unreachable or misconfigured
   * target fails at once with its real cause, before any pool exists.
   */
  static JdbcWarehouse open(Target target, WarehouseConnector connector, Dialect dialect, JdbcSettings settings) {
    Failures failures = new Failures(target, connector, settings);
    try {
      DriverManager.getConnection(settings.url(), settings.properties()).close();
      HikariConfig config = new HikariConfig();
      config.setPoolName("ebb-warehouse-" + target.name());
      config.setJdbcUrl(settings.url());
      config.setDataSourceProperties(settings.properties());
      config.setMaximumPoolSize(8);
      config.setMinimumIdle(0);
      HikariDataSource pool = new HikariDataSource(config);
      return new JdbcWarehouse(target, connector, dialect, failures, pool);
    } catch (SQLException | RuntimeException e) {
      throw failures.explain("cannot connect", e);
    }
  }

  @Override
  public String targetName() {
    return target.name();
  }

  @Override
  public String type() {
    return connector.type();
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public String defaultSchema() {
    return connector.defaultSchema(target);
  }

  @Override
  public Connection connection() {
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      throw failures.explain("cannot connect", e);
    }
  }

  @Override
  public void execute(List<String> statements) {
    if (!dialect.transactionalDml()) {
      executeEach(statements);
      return;
    }
    try (Connection connection = connection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failures.explain("statement failed", e);
    }
  }

  /** Where the warehouse cannot run DML in a JDBC transaction: one statement after the other. */
  private void executeEach(List<String> statements) {
    try (Connection connection = connection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw failures.explain("statement failed", e);
    }
  }

  @Override
  public Optional<List<String>> missingPrivileges(String snapshotSchema, Collection<String> sources) {
    Optional<Privileges> privileges = connector.privileges();
    if (privileges.isEmpty()) {
      return Optional.empty();
    }
    try (Connection connection = connection()) {
      return Optional.of(privileges.get().missing(connection, dialect, snapshotSchema, sources));
    } catch (SQLException e) {
      throw failures.explain("cannot read grants", e);
    }
  }

  @Override
  public String catalogQuery() {
    return connector.catalogQuery(target);
  }

  @Override
  public SeedLoader seedLoader() {
    return connector.seedLoader();
  }

  @Override
  public RowStream stream(String query, int fetchSize) {
    Connection connection = connection();
    try {
      return new RowStream(connection, query, fetchSize, failures);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw failures.explain("query failed", e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the query's own failure is the one worth reporting
    }
  }
}
