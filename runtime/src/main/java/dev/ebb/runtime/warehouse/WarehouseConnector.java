package dev.ebb.runtime.warehouse;

import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/** What differs between warehouse types: how to connect, and how their failures read. */
interface WarehouseConnector {

  /** The {@code type:} in profiles.yml. */
  String type();

  /** The dialect's name in {@link dev.ebb.compiler.dialect.Dialects}. */
  String dialectName();

  /** Reads and checks the settings; every missing one is reported at once. */
  JdbcSettings settings(Target target, Path projectDir);

  String defaultSchema(Target target);

  /** A cause specific to this warehouse (locked file, bad password …), when recognised. */
  Optional<String> explain(Target target, JdbcSettings settings, SQLException e);
}
