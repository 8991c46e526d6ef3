package dev.ebb.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diff statement re-parses with Calcite's Babel parser configured for its warehouse
 * (quoting, literal style), parses to the statement kind its name says, and keeps hostile names
 * whole inside single identifiers: no name can add, end or comment out a statement.
 *
 * <p>Babel has no CREATE SCHEMA or DROP TABLE: for those the fixed prefix is checked and the rest
 * must parse as exactly one compound identifier. Babel knows no Snowflake
 * TRANSIENT: it must open every table ebb creates there, and the rest must parse. Babel's MERGE has no {@code WHEN MATCHED THEN
 * DELETE} (Databricks' snapshot commit): that fixed ending is checked, and the statement parses
 * with an update in its place. PostgreSQL is left out: its snapshot has a
 * PRIMARY KEY, which Babel does not parse, and PostgresDiffIT executes its SQL, hostile names
 * included, on a real server.
 */
class DiffSqlParseTest {

  private static final List<String> DDL_PREFIXES =
      List.of("CREATE SCHEMA IF NOT EXISTS ", "DROP TABLE IF EXISTS ");

  static Stream<Arguments> cases() {
    List<Arguments> arguments = new ArrayList<>();
    DiffCases.all().keySet().forEach(name -> Dialects.all().stream()
        .filter(dialect -> !dialect.name().equals("postgres"))
        .forEach(dialect -> arguments.add(Arguments.of(name, dialect.name()))));
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void everyStatementParsesWithTheWarehouseSettings(String caseName, String dialectName)
      throws SqlParseException {
    Dialect dialect = Dialects.byName(dialectName).orElseThrow();
    DiffSpec spec = DiffCases.all().get(caseName);
    DiffPlan plan = DiffPlanner.plan(spec, dialect);
    Set<String> identifiers = new HashSet<>();
    for (SqlStatement statement : statements(plan)) {
      SqlNode node = parse(statement, dialect);
      assertThat(node.getKind()).as(statement.name()).isIn(expectedKinds(statement.name()));
      node.accept(new SqlBasicVisitor<Void>() {
        @Override
        public Void visit(SqlIdentifier id) {
          identifiers.addAll(id.names);
          return null;
        }
      });
    }
    assertThat(identifiers).contains(
        spec.snapshotSchema(),
        spec.syncName() + "__snapshot",
        spec.syncName() + "__snapshot_meta",
        spec.syncName() + "__diff_" + spec.runId(),
        spec.syncName() + "__failed_" + spec.runId());
    spec.carriedColumns().forEach(c -> assertThat(identifiers).contains(c.name()));
  }

  private static final String MERGE_DELETE = "\nWHEN MATCHED THEN DELETE";

  private static SqlNode parse(SqlStatement statement, Dialect dialect) throws SqlParseException {
    SqlParser.Config config = dialect.parserConfig();
    if (!dialect.tableKind().isEmpty() && statement.name().startsWith("create_")
        && !statement.name().equals("create_schema")) {
      // Babel knows no TRANSIENT: every table ebb creates carries it, and the rest must parse.
      String kind = "CREATE " + dialect.tableKind() + " TABLE ";
      assertThat(statement.sql()).as(statement.name()).startsWith(kind);
      return SqlParser.create("CREATE TABLE " + statement.sql().substring(kind.length()), config).parseStmt();
    }
    if (statement.sql().startsWith("MERGE INTO ")) {
      assertThat(statement.sql()).as(statement.name()).endsWith(MERGE_DELETE);
      String key = dialect.quoteIdentifier("ebb_key");
      String merge = statement.sql().substring(0, statement.sql().length() - MERGE_DELETE.length())
          + "\nWHEN MATCHED THEN UPDATE SET " + key + " = c." + key;
      return SqlParser.create(merge, config).parseStmt();
    }
    for (String prefix : DDL_PREFIXES) {
      if (statement.sql().startsWith(prefix)) {
        String name = statement.sql().substring(prefix.length());
        SqlSelect select = (SqlSelect) SqlParser.create("SELECT 1 FROM " + name, config).parseQuery();
        assertThat(select.getFrom()).as(statement.name()).isInstanceOf(SqlIdentifier.class);
        return select.getFrom();
      }
    }
    return SqlParser.create(statement.sql(), config).parseStmt();
  }

  private static Set<SqlKind> expectedKinds(String name) {
    if (name.startsWith("create_schema") || name.startsWith("drop_")) {
      return Set.of(SqlKind.IDENTIFIER);
    }
    if (name.startsWith("create_")) {
      return Set.of(SqlKind.CREATE_TABLE);
    }
    if (name.startsWith("insert_") || name.endsWith("_insert")) {
      return Set.of(SqlKind.INSERT);
    }
    if (name.endsWith("_delete")) {
      return Set.of(SqlKind.DELETE, SqlKind.MERGE);
    }
    assertThat(name.toLowerCase(Locale.ROOT)).matches("(check|count|read)_.*");
    return Set.of(SqlKind.SELECT, SqlKind.ORDER_BY);
  }

  private static List<SqlStatement> statements(DiffPlan plan) {
    List<SqlStatement> all = new ArrayList<>();
    all.addAll(plan.fullRefresh());
    all.addAll(plan.setup());
    all.addAll(plan.checks().all());
    all.addAll(plan.plan());
    all.add(plan.counts());
    all.add(plan.readPage());
    all.addAll(plan.sampleReads().values());
    if (plan.readRecords() != null) {
      all.add(plan.readRecords());
    }
    all.add(plan.recordFailedKey());
    all.addAll(plan.commit());
    all.addAll(plan.cleanup());
    return all;
  }
}
