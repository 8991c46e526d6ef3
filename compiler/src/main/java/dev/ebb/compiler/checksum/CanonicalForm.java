package dev.ebb.compiler.checksum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ebb.compiler.model.Locations;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Definitions as compact JSON with sorted keys and without {@link Locations}: two definitions that
 * differ only in YAML formatting, comments, key order or position in a file get the same text.
 */
final class CanonicalForm {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .annotationIntrospector(new IgnoreLocations())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private CanonicalForm() {}

  static String json(Object definition) {
    try {
      return MAPPER.writeValueAsString(definition);
    } catch (JsonProcessingException e) {
      // Definitions are records of strings, numbers, lists and maps: always serialisable.
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Object definition) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(json(definition).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** Where a definition sits is not part of what it means. */
  private static final class IgnoreLocations extends JacksonAnnotationIntrospector {
    @Override
    public boolean hasIgnoreMarker(AnnotatedMember member) {
      return member.getRawType() == Locations.class || super.hasIgnoreMarker(member);
    }
  }
}
