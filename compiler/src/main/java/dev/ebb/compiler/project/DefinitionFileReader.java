package dev.ebb.compiler.project;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.yaml.YamlParser;
import java.util.List;
import java.util.Optional;

/**
 * Reads one YAML definition file into what it defines, without looking at any other file, so that
 * files can be read in parallel. Not thread-safe: each worker has its own (the YAML parser, cron
 * parser and template compiler it holds keep state).
 */
final class DefinitionFileReader {

  /** What one file defines; the loader adds it to the project in path order. */
  sealed interface Definitions {
    record Config(ProjectConfig config) implements Definitions {}

    record Tables(List<SourceTable> tables, boolean pulled) implements Definitions {}

    record Properties(List<ModelProperties> properties) implements Definitions {}

    record OneDestination(Destination destination) implements Definitions {}

    record OneSync(Sync sync) implements Definitions {}

    /** The file could not be read as its kind (reported). */
    record Nothing() implements Definitions {}
  }

  private final YamlParser yaml = new YamlParser();
  private final ProjectConfigReader configs = new ProjectConfigReader();
  private final CatalogReader catalogs = new CatalogReader();
  private final ModelPropertiesReader properties = new ModelPropertiesReader();
  private final DestinationReader destinations = new DestinationReader();
  private final SyncReader syncs = new SyncReader();

  Definitions read(String path, ProjectFileKind kind, String text, Diagnostics diagnostics) {
    return yaml.parse(path, text, diagnostics)
        .map(
            root ->
                switch (kind) {
                  case PROJECT -> new Definitions.Config(configs.read(root, diagnostics));
                  case SOURCES -> new Definitions.Tables(catalogs.read(root, false, diagnostics), false);
                  case CATALOG -> new Definitions.Tables(catalogs.read(root, true, diagnostics), true);
                  case MODEL_PROPERTIES -> new Definitions.Properties(properties.read(root, diagnostics));
                  case DESTINATION -> orNothing(destinations.read(root, diagnostics).map(Definitions.OneDestination::new));
                  case SYNC -> orNothing(syncs.read(root, diagnostics).map(Definitions.OneSync::new));
                  default -> throw new IllegalStateException("not a YAML kind: " + kind);
                })
        .orElseGet(Definitions.Nothing::new);
  }

  private static Definitions orNothing(Optional<? extends Definitions> definitions) {
    return definitions.isPresent() ? definitions.get() : new Definitions.Nothing();
  }
}
