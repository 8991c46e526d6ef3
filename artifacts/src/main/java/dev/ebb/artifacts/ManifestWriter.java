package dev.ebb.artifacts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the manifest as indented JSON, replacing the previous file atomically. */
public final class ManifestWriter {

  /** {@code target/manifest.json} relative to the project. */
  public static final String DEFAULT_PATH = "target/manifest.json";

  private ManifestWriter() {}

  public static String toJson(Manifest manifest) throws IOException {
    return ManifestJson.WRITER.writeValueAsString(manifest) + "\n";
  }

  public static void write(Manifest manifest, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, ".manifest", ".json.tmp");
    try {
      Files.writeString(temporary, toJson(manifest), StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
