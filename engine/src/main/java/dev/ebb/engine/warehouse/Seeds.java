package dev.ebb.engine.warehouse;

import dev.ebb.compiler.model.Seed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ebb seed}: loads {@code seeds/<name>.csv} into table {@code <schema>.<name>}, replacing
 * it. The schema is the project's {@code seed_schema} (proposed key of ebb_project.yml) when set,
 * else the target's default schema.
 */
public final class Seeds {

  private Seeds() {}

  /**
   * Loads every seed, in the given order.
   *
   * @param seedSchema the project's {@code seed_schema}, or null for the target's default schema
   */
  public static List<SeedResult> loadAll(
      Warehouse warehouse, Path projectDir, List<Seed> seeds, String seedSchema) {
    SeedLoader loader = warehouse.seedLoader();
    String schema = seedSchema == null ? warehouse.defaultSchema() : seedSchema;
    // Every file is read before the first table is replaced: a bad one changes nothing.
    seeds.forEach(seed -> SeedFiles.check(projectDir, seed));
    List<SeedResult> results = new ArrayList<>();
    for (Seed seed : seeds) {
      Path csv = projectDir.resolve(seed.file());
      long rows = loader.load(warehouse, csv, schema, seed.name());
      results.add(new SeedResult(seed.name(), schema + "." + seed.name(), rows));
    }
    return results;
  }
}
