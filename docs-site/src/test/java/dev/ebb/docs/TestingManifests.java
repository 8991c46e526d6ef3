package dev.ebb.docs;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.artifacts.Manifest;
import dev.ebb.compiler.artifact.ManifestBuilder;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.project.git.GitInfo;
import dev.ebb.compiler.project.git.GitInspector;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Manifests of real projects, compiled the way {@code ebb compile} does. */
public final class TestingManifests {

  private TestingManifests() {}

  /** The repository's {@code sample-project}. */
  public static Manifest sampleProject() {
    Path dir = Path.of("..", "sample-project").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("sample-project not found at " + dir);
    }
    return compile(dir);
  }

  /** A project written from {@code path -> content} into {@code dir}. */
  public static Manifest project(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return compile(dir);
  }

  public static Manifest compile(Path dir) {
    // Built-in destination types live in the runtime; docs only need the definitions.
    Compiler compiler = new Compiler(CalciteModelAnalyzer.create().withLineage(true), DestinationTypes.of(List.of()));
    Compilation compilation = compiler.compile(new DirectoryProjectSource(dir));
    GitInfo git = GitInspector.inspect(dir);
    return new ManifestBuilder(
            compilation.project(),
            compilation.analysis(),
            git,
            DefinitionChecksums.of(compilation.project()),
            compilation.analysis().compiledSql()::compile,
            "test",
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }
}
