package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.optional;
import static dev.ebb.compiler.yaml.YamlKey.required;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.ProjectConfig;
import dev.ebb.compiler.model.Target;
import dev.ebb.compiler.yaml.YamlFields;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlParser;
import dev.ebb.compiler.yaml.YamlShape;
import dev.ebb.compiler.yaml.YamlType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds {@code profiles.yml} (the project folder, then {@code $EBB_PROFILES_DIR}, then {@code
 * ~/.ebb/}) and reads the target a run connects to. Only commands that touch the warehouse need
 * this: {@code ebb validate} never does. Settings keep their {@code {{env.NAME}}} references;
 * {@link EnvResolver} resolves them when connecting.
 */
public final class ProfileLoader {

  public static final String FILE = "profiles.yml";
  public static final String DIR_VARIABLE = "EBB_PROFILES_DIR";

  private static final YamlShape PROFILE =
      YamlShape.of("profile", optional("target", YamlType.STRING), required("outputs", YamlType.MAPPING));

  private final Map<String, String> environment;
  private final Path home;

  /**
   * @param environment the process environment ({@code System.getenv()}), a map in tests
   * @param home the user's home folder
   */
  public ProfileLoader(Map<String, String> environment, Path home) {
    this.environment = Map.copyOf(environment);
    this.home = home;
  }

  public static ProfileLoader fromSystem() {
    return new ProfileLoader(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The profiles file that applies to a project, if any exists. */
  public Optional<Path> locate(Path projectDir) {
    List<Path> candidates = new ArrayList<>();
    candidates.add(projectDir.resolve(FILE));
    String dir = environment.get(DIR_VARIABLE);
    if (dir != null && !dir.isBlank()) {
      candidates.add(Path.of(dir).resolve(FILE));
    }
    candidates.add(home.resolve(".ebb").resolve(FILE));
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  /**
   * The target for the project's profile.
   *
   * @param requestedTarget {@code --target}, or {@code null} for the profile's default
   */
  public Optional<Target> load(
      Path projectDir, ProjectConfig project, String requestedTarget, Diagnostics diagnostics) {
    SourceLocation profileRef = project.locations().of("profile");
    Path path = locate(projectDir).orElse(null);
    if (path == null) {
      diagnostics.error(
          DiagnosticCode.EBB111,
          profileRef,
          "no profiles.yml found for profile '" + project.profile() + "'",
          "create profiles.yml in the project, in $" + DIR_VARIABLE + " or in ~/.ebb/");
      return Optional.empty();
    }
    String file = label(projectDir, path);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.error(DiagnosticCode.EBB100, SourceLocation.of(file), "cannot read " + file + ": " + e.getMessage());
      return Optional.empty();
    }
    return new YamlParser()
        .parse(file, text, diagnostics)
        .flatMap(root -> target(root, project, profileRef, requestedTarget, diagnostics));
  }

  private static Optional<Target> target(
      YamlNode root, ProjectConfig project, SourceLocation profileRef, String requestedTarget, Diagnostics diagnostics) {
    Map<String, YamlNode> profiles = entries(root);
    YamlNode profileNode = profiles.get(project.profile());
    if (profileNode == null) {
      diagnostics.error(
          DiagnosticCode.EBB111,
          profileRef,
          "profile '" + project.profile() + "' is not defined in " + root.file(),
          "available profiles: " + String.join(", ", profiles.keySet()));
      return Optional.empty();
    }
    YamlFields profile = PROFILE.read(profileNode, diagnostics).orElse(null);
    if (profile == null || !profile.has("outputs")) {
      return Optional.empty();
    }
    Map<String, YamlNode> outputs = entries(profile.node("outputs").orElseThrow());
    String name = requestedTarget != null ? requestedTarget : profile.string("target");
    if (name == null) {
      diagnostics.error(
          DiagnosticCode.EBB111,
          profile.location(),
          "profile '" + project.profile() + "' has no default target and none was requested",
          "add target: <name> to the profile or pass --target; targets: " + String.join(", ", outputs.keySet()));
      return Optional.empty();
    }
    YamlNode output = outputs.get(name);
    if (output == null) {
      diagnostics.error(
          DiagnosticCode.EBB111,
          requestedTarget != null ? profile.locationOf("outputs") : profile.locationOf("target"),
          "target '" + name + "' is not defined in profile '" + project.profile() + "'",
          "available targets: " + String.join(", ", outputs.keySet()));
      return Optional.empty();
    }
    return output(project.profile(), name, output, diagnostics);
  }

  private static Optional<Target> output(String profile, String name, YamlNode output, Diagnostics diagnostics) {
    if (!output.isMapping()) {
      diagnostics.error(DiagnosticCode.EBB103, output.location(), "target '" + name + "' must be a mapping, not " + output.describe());
      return Optional.empty();
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    Map<String, SourceLocation> locations = new HashMap<>();
    String type = null;
    for (YamlNode.Entry entry : output.entries()) {
      locations.put(entry.name(), entry.value().location());
      if (entry.name().equals("type")) {
        type = entry.value().isScalar() && !entry.value().isNull() ? entry.value().text() : null;
      } else {
        settings.put(entry.name(), entry.value().value());
      }
    }
    if (type == null) {
      diagnostics.error(
          DiagnosticCode.EBB105, output.location(), "target '" + name + "' needs type: (duckdb, postgres, ...)");
      return Optional.empty();
    }
    return Optional.of(
        new Target(profile, name, type, settings, output.file(), new Locations(output.location(), locations)));
  }

  private static Map<String, YamlNode> entries(YamlNode mapping) {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    mapping.entries().forEach(entry -> entries.put(entry.name(), entry.value()));
    return entries;
  }

  private static String label(Path projectDir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = projectDir.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
