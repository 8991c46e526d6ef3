package dev.ebb.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDisplayTest {

  @Test
  void showsReferencesAndMasksLiteralSecrets() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("token", "{{env.HUBSPOT_TOKEN}}");
    config.put("password", "hunter2");
    config.put("url", "https://example.com");
    config.put("headers", Map.of("Authorization", "Bearer {{ env.API_KEY }}"));

    assertThat(ConfigDisplay.entries(config))
        .containsExactly(
            new ConfigDisplay.Entry("token", "{{env.HUBSPOT_TOKEN}}", true, false),
            new ConfigDisplay.Entry("password", ConfigDisplay.MASK, false, true),
            new ConfigDisplay.Entry("url", "https://example.com", false, false),
            new ConfigDisplay.Entry("headers.Authorization", "Bearer {{ env.API_KEY }}", true, false));
  }
}
