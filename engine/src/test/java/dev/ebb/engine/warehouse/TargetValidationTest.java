package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Target;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A target's settings are checked before any connection, each problem located in profiles.yml. */
class TargetValidationTest {

  private static final Path PROJECT = Path.of("/work/project");

  /** A target as written on consecutive lines from line 4: {@code type} first, then each setting. */
  private static Target written(String type, Map<String, Object> settings) {
    Map<String, SourceLocation> keys = new LinkedHashMap<>();
    keys.put("type", new SourceLocation("profiles.yml", 4, 13));
    int line = 5;
    for (String key : settings.keySet()) {
      keys.put(key, new SourceLocation("profiles.yml", line++, 7 + key.length() + 2));
    }
    return new Target("acme", "prod", type, settings, "profiles.yml",
        new Locations(new SourceLocation("profiles.yml", 3, 5), keys));
  }

  private static List<String> validate(Target target) {
    Diagnostics diagnostics = new Diagnostics();
    Warehouses.validate(target, PROJECT, diagnostics);
    return diagnostics.sorted().stream()
        .map(d -> d.location() + ": " + d.code() + ": " + d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")"))
        .toList();
  }

  @Test
  void missingSettingsPointAtTheTarget() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("host", "dbc-1.cloud.databricks.com");
    assertThat(validate(written("databricks", settings))).containsExactly(
        "profiles.yml:3:5: EBB230: target 'prod' (databricks) needs setting 'http_path' (add it under outputs.prod in profiles.yml)",
        "profiles.yml:3:5: EBB230: target 'prod' (databricks) needs setting 'token' (add it under outputs.prod in profiles.yml)");
  }

  @Test
  void invalidAndUnknownSettingsPointAtTheirValues() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("host", "ebb.abc.eu-west-1.redshift.amazonaws.com");
    settings.put("database", "analytics");
    settings.put("user", "ebb");
    settings.put("pasword", "pw");
    settings.put("method", "iamm");
    assertThat(validate(written("redshift", settings))).containsExactly(
        "profiles.yml:8:16: EBB232: target 'prod' (redshift): unknown setting 'pasword' (did you mean 'password'?)",
        "profiles.yml:9:15: EBB231: target 'prod' (redshift): 'method' must be one of password, iam, not 'iamm'"
            + " (did you mean 'iam'?)");
  }

  @Test
  void anUnknownTypePointsAtTheType() {
    assertThat(validate(written("redshfit", Map.of()))).containsExactly(
        "profiles.yml:4:13: EBB233: unknown warehouse type 'redshfit' for target 'prod' (did you mean 'redshift'?)");
  }

  @Test
  void aCompleteTargetHasNoDiagnostics() {
    assertThat(validate(written("postgres", Map.of("host", "db", "database", "a", "user", "ebb", "state", Map.of()))))
        .isEmpty();
  }

  @Test
  void diagnosticsNeverHoldASecret() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("project", "p");
    settings.put("dataset", "d");
    settings.put("keyfile_json", "{\"type\": \"user\", \"refresh_token\": \"top-secret-token\"}");
    List<String> lines = validate(written("bigquery", settings));
    assertThat(lines).singleElement().asString()
        .startsWith("profiles.yml:7:21: EBB231: target 'prod' (bigquery): 'keyfile_json' is not a service-account key")
        .doesNotContain("top-secret-token");
  }
}
