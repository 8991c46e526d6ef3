package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diff engine's behaviour, written once; one subclass per warehouse executes it for real. */
abstract class AbstractDiffIT {

  protected TestingWarehouse warehouse;

  protected abstract TestingWarehouse open() throws SQLException;

  @BeforeEach
  void openWarehouse() throws SQLException {
    warehouse = open();
  }

  @AfterEach
  void closeWarehouse() throws SQLException {
    if (warehouse != null) {
      warehouse.close();
    }
  }

  @Test
  void randomisedRoundsMatchTheChangeSetComputedInJava() throws SQLException {
    for (long seed = 1; seed <= 3; seed++) {
      assertThat(new DiffScenario(warehouse, seed, false).run(6)).hasSize(6);
    }
  }

  @Test
  void compositeKeysDiffLikeSingleKeys() throws SQLException {
    new DiffScenario(warehouse, 42, true).run(5);
  }

  @Test
  void crashDuringCommitThenCommitAgainGivesTheSameSnapshot() throws SQLException {
    new DiffScenario(warehouse, 7, false).crashDuringCommit();
  }

  static List<List<String>> diffsOf(TestingWarehouse warehouse, long seed) throws SQLException {
    return new DiffScenario(warehouse, seed, true).run(5);
  }
}
