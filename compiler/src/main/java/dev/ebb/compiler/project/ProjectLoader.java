package dev.ebb.compiler.project;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Catalog;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.Seed;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.yaml.DidYouMean;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a project's files (SPEC §3) into a {@link Project}. Every problem becomes a diagnostic;
 * definitions that cannot be read are left out. One loader may load many projects, one at a time.
 */
public final class ProjectLoader {

  private final YamlParser yaml = new YamlParser();
  private final ProjectConfigReader configs = new ProjectConfigReader();
  private final CatalogReader catalogs = new CatalogReader();
  private final ModelPropertiesReader properties = new ModelPropertiesReader();
  private final DestinationReader destinationReader = new DestinationReader();
  private final SyncReader syncReader = new SyncReader();

  public Project load(ProjectSource source, Diagnostics diagnostics) {
    List<String> paths;
    try {
      paths = source.files();
    } catch (IOException e) {
      diagnostics.error(
          DiagnosticCode.EBB100, SourceLocation.of("."), "cannot list " + source.describe() + ": " + e.getMessage());
      paths = List.of();
    }
    return new Load(source, diagnostics).run(paths);
  }

  /** The state of loading one project. */
  private final class Load {
    private final ProjectSource source;
    private final Diagnostics diagnostics;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, Model> models = new LinkedHashMap<>();
    private final List<ModelProperties> modelProperties = new ArrayList<>();
    private final List<Destination> destinations = new ArrayList<>();
    private final List<Sync> syncs = new ArrayList<>();
    private final List<Seed> seeds = new ArrayList<>();
    private final DefinitionNames modelNames = new DefinitionNames("model");
    private final DefinitionNames propertyNames = new DefinitionNames("properties of model");
    private final DefinitionNames destinationNames = new DefinitionNames("destination");
    private final DefinitionNames syncNames = new DefinitionNames("sync");
    private final DefinitionNames seedNames = new DefinitionNames("seed");
    private ProjectConfig config;
    private List<SourceTable> declaredTables = List.of();
    private List<SourceTable> pulledTables = List.of();

    Load(ProjectSource source, Diagnostics diagnostics) {
      this.source = source;
      this.diagnostics = diagnostics;
    }

    Project run(List<String> paths) {
      for (String path : paths) {
        ProjectFileKind.of(path).ifPresent(kind -> read(path, kind));
      }
      if (config == null) {
        if (!files.containsKey(ProjectConfigReader.FILE)) {
          diagnostics.error(
              DiagnosticCode.EBB110,
              SourceLocation.of(ProjectConfigReader.FILE),
              "ebb_project.yml not found in " + source.describe(),
              "run `ebb init` or create ebb_project.yml with name: and profile:");
        }
        config = ProjectConfigReader.fallback();
      }
      attachProperties();
      return new Project(
          config,
          new Catalog(mergedCatalog()),
          List.copyOf(models.values()),
          destinations,
          syncs,
          seeds,
          files);
    }

    private void read(String path, ProjectFileKind kind) {
      String text;
      try {
        text = source.read(path);
      } catch (IOException e) {
        diagnostics.error(DiagnosticCode.EBB100, SourceLocation.of(path), "cannot read " + path + ": " + e.getMessage());
        return;
      }
      files.put(path, text);
      switch (kind) {
        case MODEL_SQL -> model(path, text);
        case SEED -> seed(path);
        default -> yaml.parse(path, text, diagnostics).ifPresent(root -> yamlFile(kind, root));
      }
    }

    private void yamlFile(ProjectFileKind kind, YamlNode root) {
      switch (kind) {
        case PROJECT -> config = configs.read(root, diagnostics);
        case SOURCES -> declaredTables = catalogs.read(root, false, diagnostics);
        case CATALOG -> pulledTables = catalogs.read(root, true, diagnostics);
        case MODEL_PROPERTIES -> properties.read(root, diagnostics).stream()
            .filter(p -> propertyNames.claim(p.name(), p.locations().of("name"), diagnostics))
            .forEach(modelProperties::add);
        case DESTINATION -> destinationReader.read(root, diagnostics)
            .filter(d -> destinationNames.claim(d.name(), d.locations().of("destination"), diagnostics))
            .ifPresent(destinations::add);
        case SYNC -> syncReader.read(root, diagnostics)
            .filter(s -> syncNames.claim(s.name(), s.locations().of("sync"), diagnostics))
            .ifPresent(syncs::add);
        default -> throw new IllegalStateException("not a YAML kind: " + kind);
      }
    }

    private void model(String path, String sql) {
      String name = ProjectFileKind.stem(path);
      SourceLocation where = SourceLocation.of(path);
      if (Identifiers.check("model", name, where, diagnostics) && modelNames.claim(name, where, diagnostics)) {
        models.put(name.toLowerCase(Locale.ROOT), new Model(name, path, sql, null));
      }
    }

    private void seed(String path) {
      String name = ProjectFileKind.stem(path);
      SourceLocation where = SourceLocation.of(path);
      if (Identifiers.check("seed", name, where, diagnostics) && seedNames.claim(name, where, diagnostics)) {
        seeds.add(new Seed(name, path));
      }
    }

    private void attachProperties() {
      for (ModelProperties described : modelProperties) {
        String key = described.name().toLowerCase(Locale.ROOT);
        Model model = models.get(key);
        if (model == null) {
          diagnostics.error(
              DiagnosticCode.EBB113,
              described.locations().of("name"),
              "properties describe model '" + described.name() + "', which has no models/"
                  + described.name() + ".sql",
              Optional.ofNullable(DidYouMean.hint(described.name(), models.values().stream().map(Model::name).toList()))
                  .orElse("create models/" + described.name() + ".sql or remove these properties"));
        } else {
          models.put(key, new Model(model.name(), model.file(), model.sql(), described));
        }
      }
    }

    /** sources.yml wins over the pulled catalog for a table defined in both. */
    private List<SourceTable> mergedCatalog() {
      Map<String, SourceTable> tables = new LinkedHashMap<>();
      for (SourceTable table : declaredTables) {
        tables.put(table.qualifiedName().toLowerCase(Locale.ROOT), table);
      }
      for (SourceTable table : pulledTables) {
        tables.putIfAbsent(table.qualifiedName().toLowerCase(Locale.ROOT), table);
      }
      return List.copyOf(tables.values());
    }
  }
}
