package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.ProjectConfig;
import java.util.Optional;

/**
 * Picks the warehouse whose SQL rules a project's models are validated by, once the project's
 * configuration is read: by default its {@code dialect:} setting. Empty means no target: only
 * what every warehouse shares is checked.
 */
@FunctionalInterface
public interface DialectChoice {

  DialectChoice PROJECT_SETTING = (config, diagnostics) -> Optional.ofNullable(config.dialect());

  /** The dialect name ({@code snowflake}), reporting to {@code diagnostics} why none can be chosen. */
  Optional<String> choose(ProjectConfig config, Diagnostics diagnostics);
}
