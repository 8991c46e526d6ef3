package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Compiled SQL means what the model means: every query of the {@link SemanticCorpus} returns the
 * same rows run as written and run as ebb compiled it for the warehouse. Written once, run on each
 * warehouse a subclass connects to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SemanticSuite {

  private Connection connection;
  private String schema;
  private ModelSqlCompiler compiler;

  /** A connection to the warehouse; the suite works in a schema of its own and drops it. */
  abstract Connection connect() throws SQLException;

  abstract Dialect dialect();

  /**
   * The query whose rows are what the model means: the model as written, unless the warehouse
   * reads some of it differently from the SQL ebb validated (then a subclass says how).
   */
  String reference(String model, String written) {
    return written;
  }

  @BeforeAll
  void createTables() throws SQLException {
    connection = connect();
    schema = "ebb_semantic_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
      for (String statement : SemanticCorpus.tableStatements(schema)) {
        st.execute(statement);
      }
    }
    compiler = SemanticCorpus.compile(schema);
  }

  @AfterAll
  void dropTables() throws SQLException {
    if (connection == null) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } finally {
      connection.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> eachQueryReturnsTheSameRowsAsWrittenAndAsCompiled() {
    return SemanticCorpus.models().stream()
        .map(model -> DynamicTest.dynamicTest(model, () -> {
          String written = compiler.analysis().models().get(model).renderedSql();
          String compiled = compiler.compile(model, dialect());
          // A model reading another is only runnable compiled: as written, its input is no table.
          List<String> expected = model.equals("model_on_model") ? null : rows(reference(model, written));
          List<String> actual = rows(compiled);
          assertThat(actual).as("rows of %s as compiled for %s:%n%s", model, dialect().name(), compiled).isNotEmpty();
          if (expected != null) {
            assertThat(actual).as("rows of %s as compiled for %s:%n%s%nas written:%n%s", model, dialect().name(), compiled, written).isEqualTo(expected);
          }
        }));
  }

  /** Every row as text, each value as the driver renders it, sorted: the result as a multiset. */
  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add("[" + rs.getString(i) + "]");
        }
        rows.add(String.join(" ", row));
      }
    }
    rows.sort(null);
    return rows;
  }
}
