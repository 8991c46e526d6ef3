package dev.ebb.compiler.project;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlParser;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Project vars given on the command line ({@code --vars '{as_of: 2026-11-02}'}, as in dbt): a YAML
 * or JSON mapping whose values replace or add to {@code ebb_project.yml}'s vars. Problems are
 * diagnostics located in the option's text, under the pseudo-file {@value #FILE}.
 */
public final class VarOverrides {

  public static final String FILE = "<--vars>";

  private VarOverrides() {}

  /** {@code config} with the vars of {@code text} (null or blank: unchanged). */
  static ProjectConfig apply(String text, ProjectConfig config, Diagnostics diagnostics) {
    if (text == null || text.isBlank()) {
      return config;
    }
    YamlNode root = new YamlParser().parse(FILE, text, diagnostics).orElse(null);
    if (root == null) {
      return config;
    }
    if (!root.isMapping()) {
      diagnostics.error(
          DiagnosticCode.EBB103,
          root.location(),
          "--vars must be a mapping of var names to values, not " + root.describe(),
          "write it as YAML or JSON, e.g. --vars '{as_of: 2026-11-02, min_ltv: 500}'");
      return config;
    }
    Map<String, Object> vars = new LinkedHashMap<>(config.vars());
    Map<String, SourceLocation> locations = new LinkedHashMap<>(config.locations().keys());
    ProjectConfigReader.readVars(root, vars, locations, diagnostics);
    return new ProjectConfig(
        config.name(),
        config.profile(),
        config.snapshotSchema(),
        config.seedSchema(),
        vars,
        new Locations(config.locations().node(), locations),
        config.dialect(),
        config.recordLog());
  }
}
