package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Project;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 22 TPC-H queries, as models over the TPC-H schema, validate clean. */
class TpchModelsTest {

  private static final Project TPCH = TestingProjectFiles.load(TestingProjectFiles.resource("tpch"));

  @Test
  void allQueriesValidate() {
    Diagnostics diagnostics = new Diagnostics();
    SqlAnalysis analysis = CalciteModelAnalyzer.create().analyze(TPCH, diagnostics);
    assertThat(diagnostics.sorted().stream().map(Diagnostic::headline)).isEmpty();
    assertThat(TPCH.models()).hasSize(22);
    assertThat(analysis.models()).hasSize(22);
  }

  @Test
  void outputTypes() {
    SqlAnalysis analysis = CalciteModelAnalyzer.create().analyze(TPCH, new Diagnostics());
    assertThat(columns(analysis, "q01")).startsWith("l_returnflag CHAR(1)?, l_linestatus CHAR(1)?, sum_qty DECIMAL(38, 2)?").endsWith("count_order BIGINT");
    assertThat(columns(analysis, "q13")).isEqualTo("c_count BIGINT, custdist BIGINT");
    assertThat(columns(analysis, "q15")).isEqualTo("s_suppkey BIGINT?, s_name CHAR(25)?, s_address VARCHAR(40)?, s_phone CHAR(15)?, total_revenue DECIMAL(38, 4)?");
  }

  @Test
  void lineageCoversEveryQuery() {
    Diagnostics diagnostics = new Diagnostics();
    SqlAnalysis analysis = CalciteModelAnalyzer.create().withLineage(true).analyze(TPCH, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(analysis.models().get("q09").column("sum_profit").orElseThrow().sourceOrigins().stream().map(ColumnRef::toString))
        .containsExactly("tpch.lineitem.l_discount", "tpch.lineitem.l_extendedprice", "tpch.lineitem.l_quantity", "tpch.partsupp.ps_supplycost");
  }

  private static String columns(SqlAnalysis analysis, String model) {
    return analysis.models().get(model).columns().stream()
        .map(c -> c.name() + " " + c.type() + (c.nullable() ? "?" : ""))
        .collect(Collectors.joining(", "));
  }
}
