package dev.ebb.engine.plan;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.modeltest.ModelTestQuery;
import dev.ebb.compiler.modeltest.ModelTestSql;
import dev.ebb.compiler.sql.ModelQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a model's YAML data tests, as {@code ebb run} does before delivering and {@code ebb plan} reports them. */
public final class DataTests {

  private DataTests() {}

  public static List<DataTestResult> run(Model model, ModelQuery compiledModel, Dialect dialect, Connection connection)
      throws SQLException {
    List<DataTestResult> results = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (ModelTestQuery test : ModelTestSql.queries(model, compiledModel, dialect)) {
        long failing;
        try (ResultSet rs = statement.executeQuery(test.failuresSql())) {
          failing = rs.next() ? rs.getLong(1) : 0;
        }
        List<String> samples = new ArrayList<>();
        if (failing > 0) {
          try (ResultSet rs = statement.executeQuery(test.samplesSql())) {
            while (rs.next()) {
              samples.add(String.valueOf(rs.getObject(1)));
            }
          }
        }
        results.add(new DataTestResult(test.name(), failing, samples));
      }
    }
    return results;
  }
}
