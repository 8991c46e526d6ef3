package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import dev.ebb.compiler.testing.IndependentSqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query of the {@link SemanticCorpus}, compiled for every warehouse, parses with a parser of
 * that warehouse's dialect that is not Calcite; or, for the few constructs a warehouse has no way
 * to write, is refused for exactly that warehouse.
 */
class SemanticCorpusDialectsTest {

  /** The models some warehouses cannot write, and which. */
  private static final Map<String, Set<String>> UNWRITABLE =
      Map.of(
          "natural_and_using_joins", Set.of("bigquery"),
          "unnest_array", Set.of("snowflake", "redshift", "databricks"));

  private static ModelSqlCompiler compiler;

  @BeforeAll
  static void compile() {
    compiler = SemanticCorpus.compile("shop");
  }

  @TestFactory
  Stream<DynamicTest> everyQueryParsesInEveryDialectOrIsRefusedForIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String model : SemanticCorpus.models()) {
      for (Dialect dialect : Dialects.all()) {
        tests.add(DynamicTest.dynamicTest(model + "/" + dialect.name(), () -> {
          boolean refused = UNWRITABLE.getOrDefault(model, Set.of()).contains(dialect.name());
          assertThat(compiler.unwritable(model, dialect).isEmpty()).as("%s writable for %s", model, dialect.name()).isEqualTo(!refused);
          if (!refused) {
            IndependentSqlParser.parse(compiler.compile(model, dialect), dialect);
          }
        }));
      }
    }
    return tests.stream();
  }
}
