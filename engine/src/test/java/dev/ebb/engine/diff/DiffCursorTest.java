package dev.ebb.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffCursorTest {

  private static final String ROWS =
      "SELECT * FROM (VALUES (1, 'added', 10, 7, 'a'), (3, 'changed', 30, 7, 'c'), (2, 'added', 20, 7, 'b'))"
          + " AS t(ebb_seq, ebb_op, ebb_key, ebb_hash, v)";

  /** Checkpoints count rows in sequence order: a read that breaks it fails instead of skipping rows. */
  @Test
  void aReadInSequenceFailsOnARowOutOfOrder() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        DiffCursor cursor = cursor(connection, true)) {
      assertThat(cursor.next().seq()).isEqualTo(1);
      assertThat(cursor.next().seq()).isEqualTo(3);
      assertThatThrownBy(cursor::next).isInstanceOf(SQLException.class).hasMessage("diff rows out of order: 2 after 3");
    }
  }

  @Test
  void samplesComeByKeyAndAreNotChecked() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        DiffCursor cursor = cursor(connection, false)) {
      assertThat(List.of(cursor.next().seq(), cursor.next().seq(), cursor.next().seq())).containsExactly(1L, 3L, 2L);
      assertThat(cursor.next()).isNull();
    }
  }

  private static DiffCursor cursor(Connection connection, boolean bySequence) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(ROWS);
    return new DiffCursor(statement, statement.executeQuery(), List.of("ebb_seq", "ebb_op", "ebb_key", "ebb_hash", "v"),
        false, bySequence);
  }
}
