package dev.ebb.compiler.model;

import java.util.Optional;

/**
 * A sync model: one SELECT in {@code models/<name>.sql}, plus its YAML properties if any.
 *
 * @param file the SQL file, relative to the project root
 * @param sql the file's text as written, before {@code {{vars.x}}} substitution
 */
public record Model(String name, String file, String sql, ModelProperties properties) {

  public Optional<ModelProperties> describedBy() {
    return Optional.ofNullable(properties);
  }
}
