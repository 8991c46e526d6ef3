package dev.ebb.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateConfigTest {

  private static final Path PROJECT = Path.of("/work/acme");

  @Test
  void defaultsToSqliteInTheProject() {
    assertThat(StateConfig.resolve(PROJECT, Map.of(), Map.of()).url())
        .isEqualTo("jdbc:sqlite:/work/acme/.ebb/state.db");
  }

  @Test
  void stateBlockOfTheProfileChoosesTheDatabase() {
    assertThat(StateConfig.resolve(PROJECT, Map.of("path", "var/state.db"), Map.of()).url())
        .isEqualTo("jdbc:sqlite:/work/acme/var/state.db");
    assertThat(StateConfig.resolve(PROJECT,
            Map.of("url", "jdbc:postgresql://db/ebb", "user", "ebb", "password", "pw", "schema", "ebb"), Map.of()))
        .isEqualTo(new StateConfig("jdbc:postgresql://db/ebb", "ebb", "pw", "ebb"));
  }

  @Test
  void environmentWinsOverTheProfile() {
    StateConfig config = StateConfig.resolve(PROJECT, Map.of("path", "x.db"),
        Map.of("EBB_STATE_URL", "jdbc:postgresql://shared/ebb", "EBB_STATE_USER", "w",
            "EBB_STATE_PASSWORD", "hunter2"));

    assertThat(config).isEqualTo(new StateConfig("jdbc:postgresql://shared/ebb", "w", "hunter2", null));
    assertThat(config.toString()).doesNotContain("hunter2");
  }
}
