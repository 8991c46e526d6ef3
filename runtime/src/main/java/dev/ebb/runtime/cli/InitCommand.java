package dev.ebb.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ebb init DIR}: scaffolds a small project that validates and runs as it is. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Scaffold a new ebb project in DIR.")
final class InitCommand implements Callable<Integer> {

  private static final String SCAFFOLD = "/scaffold/";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder to create (must not exist or be empty).")
  Path directory;

  @Override
  public Integer call() throws IOException {
    Path root = directory.toAbsolutePath().normalize();
    if (Files.exists(root) && (!Files.isDirectory(root) || hasEntries(root))) {
      throw new UserFacingException(
          directory + " already exists and is not empty", "choose a new folder name: ebb init my_project");
    }
    String name = projectName(root);
    for (String file : scaffoldFiles()) {
      String text = resource(file).replace("{{name}}", name);
      Path target = root.resolve(file.equals("gitignore") ? ".gitignore" : file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
    }
    var out = spec.commandLine().getOut();
    out.println("Created project '" + name + "' in " + directory);
    out.println("Next: cd " + directory + " && ebb validate && ebb seed && ebb run");
    out.flush();
    return ExitCodes.OK;
  }

  /** The folder name as a valid project/profile identifier. */
  static String projectName(Path root) {
    String raw = root.getFileName() == null ? "ebb_project" : root.getFileName().toString();
    String name = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "p_" + name : name;
  }

  private static boolean hasEntries(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isPresent();
    }
  }

  private static List<String> scaffoldFiles() {
    return resource("files.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static String resource(String name) {
    try (InputStream in = InitCommand.class.getResourceAsStream(SCAFFOLD + name)) {
      if (in == null) {
        throw new IllegalStateException("missing scaffold resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
