package dev.ebb.runtime.web;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Integration point with the docs-site module: writes the static docs and lineage site into a
 * folder, which {@code ebb serve} then serves at {@code /} next to the live status pages at
 * {@code /status/}. Until the generator is wired in, {@link #NONE} serves whatever {@code ebb docs
 * generate} last wrote to {@code target/docs/}.
 */
@FunctionalInterface
public interface DocsSite {

  DocsSite NONE = dir -> {};

  void generate(Path dir) throws IOException;
}
