package dev.ebb.destinations.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileUrlInProjectTest {

  private static final Path PROJECT = Path.of("/work/project");

  @Test
  void relativeFileDatabasesLiveInTheProject() {
    assertThat(JdbcDestinationFactory.fileUrlInProject("jdbc:sqlite:app.db", PROJECT)).isEqualTo("jdbc:sqlite:/work/project/app.db");
    assertThat(JdbcDestinationFactory.fileUrlInProject("jdbc:duckdb:data/app.duckdb", PROJECT))
        .isEqualTo("jdbc:duckdb:/work/project/data/app.duckdb");
    assertThat(JdbcDestinationFactory.fileUrlInProject("jdbc:sqlite:app.db?journal_mode=WAL", PROJECT))
        .isEqualTo("jdbc:sqlite:/work/project/app.db?journal_mode=WAL");
  }

  @Test
  void absolutePathsMemoryAndServersAreLeftAlone() {
    assertThat(JdbcDestinationFactory.fileUrlInProject("jdbc:sqlite:/tmp/app.db", PROJECT)).isEqualTo("jdbc:sqlite:/tmp/app.db");
    assertThat(JdbcDestinationFactory.fileUrlInProject("jdbc:sqlite::memory:", PROJECT)).isEqualTo("jdbc:sqlite::memory:");
    assertThat(JdbcDestinationFactory.fileUrlInProject("jdbc:duckdb:", PROJECT)).isEqualTo("jdbc:duckdb:");
    assertThat(JdbcDestinationFactory.fileUrlInProject("jdbc:postgresql://127.0.0.1:5432/app", PROJECT))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/app");
  }
}
