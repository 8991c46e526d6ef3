package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.dialect.DuckDbDialect;
import org.junit.jupiter.api.Test;

class DiffPlanTest {

  @Test
  void thePlannerSetsEveryPhaseByName() {
    DiffPlan plan = DiffPlanner.plan(DiffCases.all().values().iterator().next(), new DuckDbDialect());
    assertThat(plan.setup()).extracting(SqlStatement::name)
        .containsExactly("create_schema", "create_snapshot", "create_meta");
    assertThat(plan.commit()).extracting(SqlStatement::name)
        .containsExactly("commit_delete", "commit_insert", "commit_meta_delete", "commit_meta_insert");
    assertThat(plan.readPage().name()).isEqualTo("read_page");
    assertThat(plan.recordFailedKey().name()).isEqualTo("insert_failed");
    assertThat(plan.compaction()).extracting(SqlStatement::name)
        .containsExactly("compact_snapshot_create", "compact_snapshot_drop", "compact_snapshot_rename");
  }

  @Test
  void aPlanWithoutTheStatementsEveryRunExecutesIsRefused() {
    assertThatThrownBy(() -> DiffPlan.builder().dialect("duckdb").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tables");
  }
}
