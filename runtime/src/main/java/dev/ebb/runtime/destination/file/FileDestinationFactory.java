package dev.ebb.runtime.destination.file;

import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.ConfigKey;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.ConfigSpec;
import dev.ebb.destination.api.ConfigType;
import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationFactory;
import dev.ebb.destination.api.WriteMode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/** {@code type: file}: one JSON Lines or CSV file per run under {@code <path>/<object>/}. */
public final class FileDestinationFactory implements DestinationFactory {

  static final ConfigSpec SPEC =
      ConfigSpec.of(
          ConfigKey.required("path", ConfigType.STRING, "a folder, relative to the project"),
          ConfigKey.optional("format", ConfigType.STRING, "jsonl", "jsonl or csv").oneOf("jsonl", "csv"));

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
    return new Capabilities(EnumSet.allOf(WriteMode.class), List.of(), 10_000, 1_000, 0, 1);
  }

  @Override
  public List<ConfigProblem> validate(DestinationConfig config) {
    return List.of();
  }

  @Override
  public Destination open(DestinationConfig config, DestinationContext context) {
    Path folder = context.projectDir().resolve(config.requireString("path")).normalize();
    String format = config.string("format").orElse("jsonl");
    return new FileDestination(folder, "csv".equals(format) ? new CsvFormat() : new JsonLinesFormat());
  }
}
