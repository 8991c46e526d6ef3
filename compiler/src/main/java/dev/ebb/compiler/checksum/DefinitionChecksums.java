package dev.ebb.compiler.checksum;

import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.Destination;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SHA-256 of each model, sync and destination definition, over a canonical form: moving a
 * definition within a file, reformatting its YAML or editing comments keeps its checksum.
 *
 * <p>A model's checksum covers its SQL as written (line endings and trailing blank lines
 * normalised), its properties, and the values of the project vars its SQL references. A
 * destination's covers its config as written, with {@code {{env.X}}} unresolved.
 *
 * @param models hex checksums by model name
 * @param syncs hex checksums by sync name
 * @param destinations hex checksums by destination name
 */
public record DefinitionChecksums(
    SortedMap<String, String> models,
    SortedMap<String, String> syncs,
    SortedMap<String, String> destinations) {

  private static final Pattern VAR = Pattern.compile("\\{\\{\\s*vars\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  public DefinitionChecksums {
    models = unmodifiable(models);
    syncs = unmodifiable(syncs);
    destinations = unmodifiable(destinations);
  }

  public static DefinitionChecksums of(Project project) {
    Map<String, Object> vars = project.config().vars();
    return new DefinitionChecksums(
        checksums(project.models(), Model::name, model -> canonical(model, vars)),
        checksums(project.syncs(), Sync::name, sync -> sync),
        checksums(project.destinations(), Destination::name, destination -> destination));
  }

  /** Hashed in parallel (thousands of definitions in a large project); a repeated name keeps the last. */
  private static <T> SortedMap<String, String> checksums(List<T> definitions, Function<T, String> name, Function<T, Object> canonical) {
    return definitions.parallelStream()
        .collect(Collectors.toMap(name, d -> CanonicalForm.sha256(canonical.apply(d)), (first, last) -> last, TreeMap::new));
  }

  public Optional<String> model(String name) {
    return Optional.ofNullable(models.get(name));
  }

  public Optional<String> sync(String name) {
    return Optional.ofNullable(syncs.get(name));
  }

  public Optional<String> destination(String name) {
    return Optional.ofNullable(destinations.get(name));
  }

  /** What a model's checksum is computed over. */
  private record CanonicalModel(
      String name, String file, String sql, ModelProperties properties, Map<String, Object> vars) {}

  private static CanonicalModel canonical(Model model, Map<String, Object> projectVars) {
    String sql = model.sql().replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    Map<String, Object> vars = new TreeMap<>();
    Matcher matcher = VAR.matcher(sql);
    while (matcher.find()) {
      // An undefined var is a diagnostic elsewhere; here it just contributes nothing.
      String name = matcher.group(1);
      if (projectVars.containsKey(name)) {
        vars.put(name, projectVars.get(name));
      }
    }
    return new CanonicalModel(model.name(), model.file(), sql, sortedColumns(model.properties()), vars);
  }

  // The order in which columns are described does not change what the model means.
  private static ModelProperties sortedColumns(ModelProperties properties) {
    if (properties == null) {
      return null;
    }
    return new ModelProperties(
        properties.name(),
        properties.description(),
        properties.primaryKey(),
        properties.owner(),
        properties.tags(),
        properties.columns().stream().sorted(Comparator.comparing(ColumnProperties::name)).toList(),
        properties.locations());
  }

  private static SortedMap<String, String> unmodifiable(SortedMap<String, String> map) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
