package dev.ebb.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest extends AbstractStateStoreTest {

  @TempDir Path project;

  @Override
  StateConfig config() {
    return StateConfig.resolve(project, Map.of(), Map.of());
  }

  @Test
  void defaultsToAFileInTheProjectInWalMode() throws Exception {
    Path file = project.resolve(".ebb/state.db");
    assertThat(file).exists();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      mode.next();
      assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void aReaderIsNotBlockedByAnOpenWriteTransaction() throws Exception {
    Run run = queue("s");
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + project.resolve(".ebb/state.db"))) {
      writer.setAutoCommit(false);
      writer.createStatement().executeUpdate("UPDATE runs SET error = 'x'");

      assertThat(store.run(run.id())).isPresent();
      writer.rollback();
    }
  }
}
