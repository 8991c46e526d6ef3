package dev.ebb.destinations.file;

import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.ConfigKey;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.ConfigSpec;
import dev.ebb.destination.api.ConfigType;
import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.DestinationFactory;
import java.nio.file.Path;
import java.util.List;

/** {@code type: file}: one JSON Lines or CSV file per run under {@code <path>/<object>/}. */
public final class FileDestinationFactory implements DestinationFactory {

  static final String ALLOW_OUTSIDE_PROJECT = "allow_outside_project";

  static final ConfigSpec SPEC =
      ConfigSpec.of(
          ConfigKey.required("path", ConfigType.STRING, "a folder, relative to the project"),
          ConfigKey.optional("format", ConfigType.STRING, "jsonl", "jsonl or csv").oneOf("jsonl", "csv"),
          ConfigKey.optional(
              ALLOW_OUTSIDE_PROJECT,
              ConfigType.BOOLEAN,
              false,
              "true: path may be absolute or lead out of the project folder (also through symlinks)"));

  @Override
  public String type() {
    return "file";
  }

  @Override
  public String description() {
    return "JSON Lines or CSV files, one per run, one line per operation";
  }

  @Override
  public ConfigSpec configSpec() {
    return SPEC;
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.builder().maxBatchSize(10_000).defaultBatchSize(1_000).build();
  }

  @Override
  public List<ConfigProblem> validate(DestinationConfig config) {
    String path = config.string("path").orElse("");
    if (config.bool(ALLOW_OUTSIDE_PROJECT, false) || path.contains("{{")) {
      return List.of();
    }
    return ProjectFolder.escapes(path)
        ? List.of(new ConfigProblem(
            "path",
            "path '" + path + "' leads out of the project folder",
            "use a folder inside the project, or set " + ALLOW_OUTSIDE_PROJECT + ": true",
            ConfigProblem.Kind.OUTSIDE_PROJECT))
        : List.of();
  }

  @Override
  public List<ConfigProblem> validateObject(String object) {
    return FileDestination.validName(object)
        ? List.of()
        : List.of(new ConfigProblem(
            null,
            "object '" + object + "' cannot name a folder of a file destination",
            "use a plain name: no '/', '\\\\' or leading '.'",
            ConfigProblem.Kind.OUTSIDE_PROJECT));
  }

  @Override
  public Destination open(DestinationConfig config, DestinationContext context) throws DestinationException {
    Path folder = context.projectDir().resolve(config.requireString("path")).normalize();
    if (!config.bool(ALLOW_OUTSIDE_PROJECT, false)) {
      ProjectFolder.requireInside(context.projectDir(), folder, "destination '" + config.name() + "': path");
    }
    String format = config.string("format").orElse("jsonl");
    return new FileDestination(folder, "csv".equals(format) ? new CsvFormat() : new JsonLinesFormat(),
        config.bool(ALLOW_OUTSIDE_PROJECT, false) ? null : context.projectDir());
  }
}
