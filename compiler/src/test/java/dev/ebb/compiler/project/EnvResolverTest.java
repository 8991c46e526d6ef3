package dev.ebb.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Locations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvResolverTest {

  private static final SourceLocation WHERE = new SourceLocation("profiles.yml", 7, 17);

  private final EnvResolver resolver = new EnvResolver(Map.of("TOKEN", "s3cr3t-value", "HOST", "db.internal"));
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void resolvesWholeAndEmbeddedReferences() {
    assertThat(resolver.resolve("{{env.TOKEN}}", WHERE, diagnostics)).isEqualTo("s3cr3t-value");
    assertThat(resolver.resolve("jdbc:postgresql://{{ env.HOST }}:5432/db", WHERE, diagnostics))
        .isEqualTo("jdbc:postgresql://db.internal:5432/db");
    assertThat(resolver.resolve("no references", WHERE, diagnostics)).isEqualTo("no references");
    assertThat(diagnostics.size()).isZero();
  }

  @Test
  void unsetVariableIsReportedByNameWithoutLeakingOtherValues() {
    resolver.resolve("{{env.TOKEN}}:{{env.MISSING_PASSWORD}}", WHERE, diagnostics);

    Diagnostic error = diagnostics.sorted().get(0);
    assertThat(error.code()).isEqualTo(DiagnosticCode.EBB109);
    assertThat(error.location()).isEqualTo(WHERE);
    assertThat(error.message()).contains("MISSING_PASSWORD", "profiles.yml:7").doesNotContain("s3cr3t");
    assertThat(error.hint()).doesNotContain("s3cr3t");
  }

  @Test
  void resolvesNestedValuesAndLocatesEachKey() {
    Locations locations =
        new Locations(SourceLocation.of("destinations/d.yml"), Map.of("config.headers", new SourceLocation("destinations/d.yml", 5, 3)));

    Map<String, Object> resolved =
        resolver.resolveAll(
            Map.of("headers", Map.of("Authorization", "Bearer {{env.NOPE}}"), "hosts", List.of("{{env.HOST}}"), "n", 3L),
            locations,
            "config.",
            diagnostics);

    assertThat(resolved).containsEntry("hosts", List.of("db.internal")).containsEntry("n", 3L);
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> assertThat(d.location()).isEqualTo(new SourceLocation("destinations/d.yml", 5, 3)));
  }
}
