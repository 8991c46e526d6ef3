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
import dev.ebb.compiler.project.DefinitionFileReader.Definitions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Reads a project's files (ebb_project.yml, profiles, sources, models, destinations, syncs, seeds;
 * see {@link ProjectFileKind}) into a {@link Project}. Every problem becomes a diagnostic;
 * definitions that cannot be read are left out. One loader may load many projects, also at once.
 */
public final class ProjectLoader {

  private final String varOverrides;

  public ProjectLoader() {
    this(null);
  }

  /** @param varOverrides {@code --vars}: a YAML mapping replacing or adding project vars, or null */
  public ProjectLoader(String varOverrides) {
    this.varOverrides = varOverrides;
  }

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

  /**
   * A file as read: its text (null when it could not be read), what it defines (YAML files only)
   * and the problems found, kept apart until files merge in path order.
   */
  private record ProjectFile(String path, ProjectFileKind kind, String text, Definitions definitions, Diagnostics diagnostics) {
    private static boolean isYaml(ProjectFileKind kind) {
      return kind != ProjectFileKind.MODEL_SQL && kind != ProjectFileKind.SEED;
    }
  }

  /**
   * Reads every file, and parses and reads the YAML ones, on every core: a thousand sync files
   * cost more than anything else in loading. Each worker takes every n-th file (sync files are
   * contiguous in path order) with readers of its own; results come back in path order.
   */
  private static List<ProjectFile> readFiles(ProjectSource source, List<String> paths, List<ProjectFileKind> kinds) {
    int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), paths.size() / 50));
    ProjectFile[] files = new ProjectFile[paths.size()];
    IntStream.range(0, workers)
        .parallel()
        .forEach(
            worker -> {
              DefinitionFileReader reader = new DefinitionFileReader();
              for (int i = worker; i < paths.size(); i += workers) {
                files[i] = readFile(source, paths.get(i), kinds.get(i), reader);
              }
            });
    return Arrays.asList(files);
  }

  private static ProjectFile readFile(ProjectSource source, String path, ProjectFileKind kind, DefinitionFileReader reader) {
    Diagnostics diagnostics = new Diagnostics();
    String text;
    try {
      long size = source.size(path);
      if (size > kind.maxBytes()) {
        diagnostics.error(
            DiagnosticCode.EBB118,
            SourceLocation.of(path),
            path + " is " + size + " bytes; ebb reads at most " + kind.maxBytes() + " bytes per "
                + (kind == ProjectFileKind.MODEL_SQL ? "model file" : kind == ProjectFileKind.SEED ? "seed" : "YAML file"),
            "split it into smaller files");
        return new ProjectFile(path, kind, null, null, diagnostics);
      }
      text = withoutByteOrderMark(source.read(path));
    } catch (IOException e) {
      diagnostics.error(DiagnosticCode.EBB100, SourceLocation.of(path), "cannot read " + path + ": " + e.getMessage());
      return new ProjectFile(path, kind, null, null, diagnostics);
    }
    Definitions definitions = ProjectFile.isYaml(kind) ? reader.read(path, kind, text, diagnostics) : null;
    return new ProjectFile(path, kind, text, definitions, diagnostics);
  }

  /**
   * Editors on Windows may start a UTF-8 file with a byte order mark; it is no part of the text,
   * and columns are counted as the editor shows them, without it.
   */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
      List<String> projectPaths = new ArrayList<>();
      List<ProjectFileKind> kinds = new ArrayList<>();
      for (String path : paths) {
        ProjectFileKind.of(path).ifPresent(kind -> {
          projectPaths.add(path);
          kinds.add(kind);
        });
      }
      for (ProjectFile file : readFiles(source, projectPaths, kinds)) {
        add(file);
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
      config = VarOverrides.apply(varOverrides, config, diagnostics);
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

    private void add(ProjectFile file) {
      diagnostics.addAll(file.diagnostics().sorted());
      if (file.text() == null) {
        return;
      }
      files.put(file.path(), file.text());
      switch (file.kind()) {
        case MODEL_SQL -> model(file.path(), file.text());
        case SEED -> seed(file.path());
        default -> addDefinitions(file.definitions());
      }
    }

    private void addDefinitions(Definitions definitions) {
      if (definitions instanceof Definitions.Config c) {
        config = c.config();
      } else if (definitions instanceof Definitions.Tables t && t.pulled()) {
        pulledTables = t.tables();
      } else if (definitions instanceof Definitions.Tables t) {
        declaredTables = t.tables();
      } else if (definitions instanceof Definitions.Properties p) {
        p.properties().stream()
            .filter(m -> propertyNames.claim(m.name(), m.locations().of("name"), diagnostics))
            .forEach(modelProperties::add);
      } else if (definitions instanceof Definitions.OneDestination d) {
        if (destinationNames.claim(d.destination().name(), d.destination().locations().of("destination"), diagnostics)) {
          destinations.add(d.destination());
        }
      } else if (definitions instanceof Definitions.OneSync s) {
        if (syncNames.claim(s.sync().name(), s.sync().locations().of("sync"), diagnostics)) {
          syncs.add(s.sync());
        }
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
