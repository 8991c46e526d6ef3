package dev.ebb.compiler.diff;

import dev.ebb.compiler.dialect.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The diff SQL as readable files, as {@code ebb compile} writes them to {@code
 * target/compiled/<sync>/<dialect>/}. The run id is not known at compile time: table names carry
 * {@value #RUN_ID_PLACEHOLDER} instead. Each statement is preceded by a comment naming it and its
 * bind parameters ({@code ?}) in order.
 */
public final class DiffSql {

  /** Stands for the run id in compiled files. */
  public static final String RUN_ID_PLACEHOLDER = "{run_id}";

  private DiffSql() {}

  /** File name ({@code setup.sql}, ...) to content, in execution order. */
  public static Map<String, String> render(DiffSpec spec, Dialect dialect) {
    DiffSpec compiled = spec.withRunId(RUN_ID_PLACEHOLDER);
    DiffPlan plan = DiffPlanner.plan(compiled, dialect);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("full_refresh.sql", file(plan.fullRefresh()));
    files.put("setup.sql", file(plan.setup()));
    files.put("checks.sql", file(plan.checks().all()));
    List<SqlStatement> planned = new ArrayList<>(plan.planSettings());
    planned.addAll(plan.plan());
    planned.addAll(plan.planSettingsReset());
    files.put("plan.sql", file(planned));
    files.put("counts.sql", file(List.of(plan.counts())));
    files.put("read.sql", file(List.of(plan.readPage())));
    if (plan.readRecords() != null) {
      files.put("read_records.sql", file(List.of(plan.readRecords())));
    }
    files.put("record_failed.sql", file(List.of(plan.recordFailedKey())));
    files.put("commit.sql", file(plan.commit()));
    files.put("cleanup.sql", file(plan.cleanup()));
    if (!plan.compaction().isEmpty()) {
      files.put("compact.sql", file(plan.compaction()));
    }
    return files;
  }

  private static String file(List<SqlStatement> statements) {
    return statements.stream().map(DiffSql::statement).collect(Collectors.joining("\n"));
  }

  private static String statement(SqlStatement statement) {
    String params =
        statement.params().isEmpty()
            ? ""
            : " (parameters: "
                + statement.params().stream()
                    .map(p -> p.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "))
                + ")";
    return "-- " + statement.name() + params + "\n" + statement.sql() + ";\n";
  }
}
