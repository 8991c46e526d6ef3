package dev.ebb.compiler.diff;

import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Sync;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A stable hash of what a sync sends: model, primary key, match, every mapping line (destination
 * field and its column, template or constant) and the types of the columns read. Any change
 * re-sends the rows: the fingerprint seeds each row's hash. 16 hex digits (64 bits of SHA-256).
 */
public final class MappingFingerprint {

  private MappingFingerprint() {}

  /**
   * @param columnTypes SQL type per model column (as the analysis reports it)
   */
  public static String of(Sync sync, List<String> primaryKey, Map<String, String> columnTypes) {
    StringBuilder text = new StringBuilder();
    field(text, "model", sync.model());
    for (String key : primaryKey) {
      field(text, "key", key);
      field(text, "key-type", columnTypes.getOrDefault(key, ""));
    }
    if (sync.match() != null) {
      field(text, "match", sync.match().column() + "=" + sync.match().field());
    }
    for (FieldMapping line : sync.mapping()) {
      field(text, "field", line.field());
      field(text, "source", source(line.source()));
      for (String column : line.source().columns()) {
        field(text, "type", column + ":" + columnTypes.getOrDefault(column, ""));
      }
    }
    return sha256(text.toString()).substring(0, 16);
  }

  private static String source(FieldSource source) {
    if (source instanceof FieldSource.Column column) {
      return "column:" + column.column();
    }
    if (source instanceof FieldSource.Template template) {
      return "template:" + template.template();
    }
    Object value = ((FieldSource.Constant) source).value();
    return "const:" + (value == null ? "null" : value.getClass().getSimpleName() + ":" + value);
  }

  // Length-prefixed, so that no two different inputs produce the same text.
  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append(' ').append(value.length()).append(':').append(value).append('\n');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
