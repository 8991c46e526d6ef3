package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's class-data archive is only as good as the paths its training run takes. */
class ClassDataTrainingTest {

  @Test
  void validProjectValidatesCompilesAndDocuments(@TempDir Path root) throws IOException {
    ClassDataTraining.write(root, false);

    CliRun validate = CliRun.of("validate", "--project", root.toString());
    CliRun compile = CliRun.of("compile", "--project", root.toString());
    CliRun docs = CliRun.of("docs", "generate", "--project", root.toString());

    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    assertThat(validate.out()).contains("ok: 2 models, 3 syncs, 3 destinations");
    assertThat(compile.exitCode()).as(compile.toString()).isZero();
    assertThat(docs.exitCode()).as(docs.toString()).isZero();
    assertThat(root.resolve("target/docs/lineage.html")).isRegularFile();
  }

  @Test
  void brokenProjectFailsInEveryPhase(@TempDir Path root) throws IOException {
    ClassDataTraining.write(root, true);

    CliRun validate = CliRun.of("validate", "--project", root.toString());

    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCodes.USER_FAILURE);
    assertThat(validate.out())
        .contains("models/broken_syntax.sql", "models/broken_column.sql", "syncs/broken.yml", "destinations/broken.yml");
  }
}
