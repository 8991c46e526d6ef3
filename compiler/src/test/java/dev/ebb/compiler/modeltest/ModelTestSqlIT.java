package dev.ebb.compiler.modeltest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.ColumnTest;
import dev.ebb.compiler.model.Locations;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.ModelProperties;
import dev.ebb.compiler.sql.ModelQuery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ModelTestSqlIT {

  private static final Locations HERE = Locations.at(SourceLocation.of("models/t.yml"));

  @Test
  void countsAndSamplesOffendingRowsOnDuckDb() throws Exception {
    Model model =
        model(
            column("id", test(ColumnTest.Kind.NOT_NULL), test(ColumnTest.Kind.UNIQUE)),
            column("status", new ColumnTest(ColumnTest.Kind.ACCEPTED_VALUES, List.of("active", "it's"), HERE)));
    String modelSql = "SELECT id, status FROM t";
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t(id INTEGER, status VARCHAR)");
      statement.execute(
          "INSERT INTO t VALUES (1, 'active'), (2, 'it''s'), (2, 'lost'), (NULL, 'active'), (3, NULL)");

      Map<String, Long> failures = new TreeMap<>();
      Map<String, List<String>> samples = new TreeMap<>();
      for (ModelTestQuery query : ModelTestSql.queries(model, ModelQuery.of(modelSql), Dialects.byName("duckdb").orElseThrow())) {
        try (ResultSet rs = statement.executeQuery(query.failuresSql())) {
          rs.next();
          failures.put(query.name(), rs.getLong(1));
        }
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query.samplesSql())) {
          while (rs.next()) {
            values.add(rs.getString(1));
          }
        }
        samples.put(query.name(), values);
      }

      assertThat(failures)
          .containsEntry("not_null__m__id", 1L)
          .containsEntry("unique__m__id", 1L)
          .containsEntry("accepted_values__m__status", 1L);
      assertThat(samples.get("unique__m__id")).containsExactly("2");
      assertThat(samples.get("accepted_values__m__status")).containsExactly("lost");
    }
  }

  @Test
  void hostileValuesStayLiterals() throws Exception {
    String hostile = "x'); DROP TABLE t; --";
    Model model = model(column("status", new ColumnTest(ColumnTest.Kind.ACCEPTED_VALUES, List.of(hostile), HERE)));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t(status VARCHAR)");
      statement.execute("INSERT INTO t VALUES ('x''); DROP TABLE t; --'), ('other')");
      String sql =
          ModelTestSql.queries(model, ModelQuery.of("SELECT status FROM t"), Dialects.byName("duckdb").orElseThrow())
              .get(0)
              .failuresSql();
      try (ResultSet rs = statement.executeQuery(sql)) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1L);
      }
      try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM t")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2L);
      }
    }
    for (var dialect : Dialects.all()) {
      String sql = ModelTestSql.queries(model, ModelQuery.of("SELECT 1 AS status"), dialect).get(0).failuresSql();
      assertThat(sql).as(dialect.name()).contains(dialect.sqlDialect().quoteStringLiteral(hostile));
    }
  }

  private static ColumnTest test(ColumnTest.Kind kind) {
    return new ColumnTest(kind, List.of(), HERE);
  }

  private static ColumnProperties column(String name, ColumnTest... tests) {
    return new ColumnProperties(name, null, List.of(tests), HERE);
  }

  private static Model model(ColumnProperties... columns) {
    return new Model(
        "m", "models/m.sql", "", new ModelProperties("m", null, List.of("id"), null, List.of(), List.of(columns), HERE));
  }
}
