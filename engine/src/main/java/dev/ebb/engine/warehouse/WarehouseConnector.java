package dev.ebb.engine.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * What differs between warehouse types: the settings they read, how to connect, how their failures
 * read, where their catalog lives, how they report grants and how seeds are loaded.
 */
interface WarehouseConnector {

  /** The {@code type:} in profiles.yml. */
  String type();

  /** The dialect's name in {@link dev.ebb.compiler.dialect.Dialects}. */
  String dialectName();

  /** Every setting a target of this type may hold. */
  Set<String> keys();

  /**
   * Reads and checks the settings, noting every problem in {@code settings}, and throws them all
   * at once ({@link TargetSettings#requireComplete()}) before building the connection settings.
   */
  JdbcSettings settings(TargetSettings settings, Path projectDir);

  default JdbcSettings settings(Target target, Path projectDir) {
    return settings(new TargetSettings(target), projectDir);
  }

  String defaultSchema(Target target);

  /** A cause specific to this warehouse (locked file, bad password …), when recognised. */
  Optional<String> explain(Target target, JdbcSettings settings, SQLException e);

  /**
   * The query {@code ebb catalog pull} runs: schema, table, column, data type, numeric precision,
   * numeric scale of every user table and view, ordered by schema, table and column position. Its
   * one bind parameter is the snapshot schema, which is left out.
   */
  String catalogQuery(Target target);

  /** How {@code ebb check} reads the privileges ebb needs; empty where ebb cannot read them. */
  Optional<Privileges> privileges();

  /** How {@code ebb seed} loads a CSV file. */
  SeedLoader seedLoader();
}
