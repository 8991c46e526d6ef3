package dev.ebb.compiler.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.compiler.sql.NestedWith;
import dev.ebb.compiler.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledSqlWriterTest {

  /** A sync over a chain of models with CTEs of their own, and data tests. */
  private static final Map<String, String> PROJECT =
      Map.of(
          "ebb_project.yml", "name: chain\nprofile: chain\n",
          "sources.yml",
          """
          sources:
            - schema: analytics
              tables:
                - name: orders
                  columns:
                    - {name: id, type: BIGINT}
                    - {name: customer_id, type: BIGINT}
                    - {name: amount, type: "DECIMAL(12, 2)"}
                    - {name: status, type: VARCHAR}
          """,
          "models/paid.sql",
          """
          WITH paid AS (SELECT customer_id, SUM(amount) AS amount FROM analytics.orders WHERE status = 'paid' GROUP BY customer_id)
          SELECT customer_id, amount FROM paid
          """,
          "models/ranked.sql",
          """
          WITH paid AS (SELECT customer_id, amount FROM paid WHERE amount > 0),
               ranked AS (SELECT customer_id, amount, row_number() OVER (ORDER BY amount DESC) AS amount_rank FROM paid)
          SELECT customer_id, amount, amount_rank FROM ranked
          """,
          "models/ranked.yml",
          """
          models:
            - name: ranked
              primary_key: customer_id
              columns:
                - name: amount_rank
                  tests: [not_null, unique]
          """,
          "destinations/app_db.yml", "destination: app_db\ntype: table\nconfig:\n  url: jdbc:sqlite:app.db\n",
          "syncs/ranked.yml",
          """
          sync: ranked_to_app
          model: ranked
          destination: app_db
          object: ranked
          mode: mirror
          mapping:
            customer_id: customer_id
            amount: amount
            amount_rank: amount_rank
          schedule: manual
          """);

  @Test
  void onWarehousesWithoutNestedWithEveryStatementHasItsCtesAtTheTop(@TempDir Path root) throws SqlParseException {
    Compilation compilation =
        new Compiler(CalciteModelAnalyzer.create(), DestinationTypes.load()).compile(new DirectoryProjectSource(ProjectFiles.write(root, PROJECT)));
    assertThat(compilation.diagnostics()).isEmpty();
    Sync sync = compilation.project().syncs().get(0);
    List<Dialect> dialects = Dialects.all().stream().filter(d -> !d.nestedWith()).toList();
    assertThat(dialects).extracting(Dialect::name).containsExactly("redshift");
    CompiledSqlWriter writer = new CompiledSqlWriter(compilation.project(), compilation.analysis(), dialects);
    for (Dialect dialect : dialects) {
      Map<String, String> files = writer.files(sync, dialect);
      assertThat(files).containsKeys("model.sql", "tests.sql", "checks.sql", "plan.sql");
      int withs = 0;
      for (Map.Entry<String, String> file : files.entrySet()) {
        for (String statement : statements(file.getValue())) {
          if (statement.startsWith("CREATE SCHEMA") || statement.startsWith("DROP TABLE")) {
            continue; // not Babel's; DiffSqlParseTest checks them
          }
          SqlNode parsed = SqlParser.create(statement, dialect.parserConfig()).parseStmt();
          assertThat(NestedWith.count(parsed)).as("%s of %s:%n%s", file.getKey(), dialect.name(), statement).isZero();
          withs += statement.contains("WITH\n\"paid__paid\" AS (") || statement.contains("WITH \"paid__paid\" AS (") ? 1 : 0;
        }
      }
      // model.sql, the two data tests, and the five diff statements that read the model
      assertThat(withs).isEqualTo(8);
    }
  }

  /** The statements of a compiled file: comment lines dropped, split after each {@code ;} ending a line. */
  private static List<String> statements(String file) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : file.lines().toList()) {
      if (line.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.endsWith(";")) {
        statements.add(current.toString().strip().replaceAll(";$", ""));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
