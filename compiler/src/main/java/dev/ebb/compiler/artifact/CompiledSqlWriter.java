package dev.ebb.compiler.artifact;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.diff.DiffSpec;
import dev.ebb.compiler.diff.DiffSql;
import dev.ebb.compiler.diff.SyncDiffSpecs;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.modeltest.ModelTestQuery;
import dev.ebb.compiler.modeltest.ModelTestSql;
import dev.ebb.compiler.sql.ModelQuery;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code target/compiled/<sync>/<dialect>/}: the readable SQL a sync runs in each warehouse
 * ({@code model.sql}, {@code tests.sql}, and the diff statements). The files are build artifacts
 * meant to be read and diffed, so their content is deterministic.
 */
public final class CompiledSqlWriter {

  public static final String DEFAULT_DIR = "target/compiled";

  private final Project project;
  private final SqlAnalysis analysis;
  private final List<Dialect> dialects;

  public CompiledSqlWriter(Project project, SqlAnalysis analysis, List<Dialect> dialects) {
    this.project = project;
    this.analysis = analysis;
    this.dialects = List.copyOf(dialects);
  }

  /**
   * The files of one sync for one dialect, by file name. A model this dialect cannot write gets a
   * {@code model.sql} that says why, and no statements.
   */
  public Map<String, String> files(Sync sync, Dialect dialect) {
    Map<String, String> files = new LinkedHashMap<>();
    List<Diagnostic> unwritable = analysis.compiledSql().unwritable(sync.model(), dialect);
    if (!unwritable.isEmpty()) {
      StringBuilder why = new StringBuilder(header(sync, dialect, "the model cannot be written for this warehouse"));
      for (Diagnostic problem : unwritable) {
        why.append("-- ").append(problem.headline()).append('\n');
        if (problem.hint() != null) {
          why.append("--   hint: ").append(problem.hint()).append('\n');
        }
      }
      files.put("model.sql", why.toString());
      return files;
    }
    ModelQuery modelQuery = analysis.compiledSql().query(sync.model(), dialect);
    files.put("model.sql", header(sync, dialect, "the model's rows") + modelQuery.sql().strip() + "\n");
    Model model = project.model(sync.model()).orElseThrow();
    List<ModelTestQuery> tests = ModelTestSql.queries(model, modelQuery, dialect);
    if (!tests.isEmpty()) {
      StringBuilder sql = new StringBuilder(header(sync, dialect, "data tests run before delivery; each counts failing rows"));
      for (ModelTestQuery test : tests) {
        sql.append("\n-- ").append(test.name()).append('\n').append(test.failuresSql().strip()).append(";\n");
      }
      files.put("tests.sql", sql.toString());
    }
    DiffSpec spec = SyncDiffSpecs.of(sync, project, analysis, dialect, DiffSql.RUN_ID_PLACEHOLDER);
    files.putAll(DiffSql.render(spec, dialect));
    return files;
  }

  /**
   * Replaces the compiled folders of {@code syncs} under {@code compiledDir}. Syncs whose model did
   * not validate are skipped (compile refuses invalid projects before getting here).
   */
  public void write(Path compiledDir, List<Sync> syncs) throws IOException {
    for (Sync sync : syncs) {
      if (analysis.model(sync.model()).isEmpty()) {
        continue;
      }
      Path syncDir = compiledDir.resolve(sync.name());
      deleteRecursively(syncDir);
      for (Dialect dialect : dialects) {
        Path dir = syncDir.resolve(dialect.name());
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files(sync, dialect).entrySet()) {
          Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
  }

  private static String header(Sync sync, Dialect dialect, String what) {
    return "-- ebb: sync " + sync.name() + ", model " + sync.model() + ", " + dialect.name() + ": " + what + "\n";
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
