package dev.ebb.compiler.project;

import java.util.Optional;

/** The kinds of file a project holds, recognised by path; other files are ignored. */
enum ProjectFileKind {
  PROJECT,
  SOURCES,
  CATALOG,
  MODEL_SQL,
  MODEL_PROPERTIES,
  DESTINATION,
  SYNC,
  SEED;

  private static final long MEBIBYTE = 1024 * 1024;

  /**
   * The largest file of this kind that is read at all: far above any real model or definition
   * file, and small enough that parsing stays quick (Calcite and SnakeYAML slow down sharply on
   * megabytes of input). Seeds are loaded in bulk, so they may be larger.
   */
  long maxBytes() {
    return switch (this) {
      case MODEL_SQL -> MEBIBYTE;
      case SEED -> 100 * MEBIBYTE;
      default -> 3 * MEBIBYTE;
    };
  }

  static Optional<ProjectFileKind> of(String path) {
    return switch (path) {
      case ProjectConfigReader.FILE -> Optional.of(PROJECT);
      case CatalogReader.SOURCES_FILE -> Optional.of(SOURCES);
      case CatalogReader.CATALOG_FILE -> Optional.of(CATALOG);
      default -> inFolder(path);
    };
  }

  private static Optional<ProjectFileKind> inFolder(String path) {
    boolean yaml = path.endsWith(".yml") || path.endsWith(".yaml");
    if (path.startsWith("models/")) {
      return path.endsWith(".sql") ? Optional.of(MODEL_SQL) : yaml ? Optional.of(MODEL_PROPERTIES) : Optional.empty();
    }
    if (path.startsWith("destinations/") && yaml) {
      return Optional.of(DESTINATION);
    }
    if (path.startsWith("syncs/") && yaml) {
      return Optional.of(SYNC);
    }
    if (path.startsWith("seeds/") && path.endsWith(".csv")) {
      return Optional.of(SEED);
    }
    return Optional.empty();
  }

  /** The file name without folder and extension: a model's or seed's name. */
  static String stem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
