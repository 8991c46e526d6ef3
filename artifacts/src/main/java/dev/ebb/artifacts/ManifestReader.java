package dev.ebb.artifacts;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a manifest written by {@link ManifestWriter}, refusing other schema versions. */
public final class ManifestReader {

  private ManifestReader() {}

  public static Manifest read(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  public static Manifest fromJson(String json) throws IOException {
    return fromJson(json, "manifest");
  }

  private static Manifest fromJson(String json, String origin) throws IOException {
    try {
      JsonNode tree = ManifestJson.MAPPER.readTree(json);
      JsonNode version = tree == null ? null : tree.get("schema_version");
      if (version == null || !Manifest.SCHEMA_VERSION.equals(version.asText())) {
        throw new IOException(
            origin + " has schema_version " + (version == null ? "(none)" : version.asText())
                + ", this ebb reads " + Manifest.SCHEMA_VERSION + ": run `ebb compile` again");
      }
      return ManifestJson.MAPPER.treeToValue(tree, Manifest.class);
    } catch (JacksonException e) {
      throw new IOException(origin + " is not a valid manifest: " + e.getOriginalMessage(), e);
    }
  }
}
