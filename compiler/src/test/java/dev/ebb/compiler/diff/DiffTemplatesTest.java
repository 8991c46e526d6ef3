package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.dialect.DuckDbDialect;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTemplatesTest {

  @Test
  void aTemplateReadingANameTheScopeDoesNotHaveFailsToRender() {
    DuckDbDialect dialect = new DuckDbDialect();
    DiffScope scope = DiffScope.of(DiffCases.all().values().iterator().next(), dialect);
    assertThatThrownBy(() -> DiffTemplates.of(dialect).render("testing_misspelled_name", scope))
        .hasStackTraceContaining("{{snapshotTable}}");
  }

  @Test
  void eachNameBelongsToOneGroupOnly() {
    // Mustache takes the first group that has a name: a name in two groups would hide one of them.
    List<String> names = new ArrayList<>();
    for (RecordComponent group : DiffScope.class.getRecordComponents()) {
      Arrays.stream(group.getType().getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
    }
    Arrays.stream(DiffTemplates.BindParameters.class.getRecordComponents())
        .map(RecordComponent::getName)
        .forEach(names::add);
    assertThat(names).doesNotHaveDuplicates().contains("snapshot", "seq", "sampleOp", "param");
  }
}
