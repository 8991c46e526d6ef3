package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Validation by the target warehouse's rules: its names, types, functions and syntax. Carets mark
 * the expected position, as in {@link SqlValidationTest}; {@code null} as the dialect means no
 * target chosen.
 */
class WarehouseRulesValidationTest {

  private static final String[] ALL = {"duckdb", "postgres", "snowflake", "bigquery", "redshift", "databricks"};

  // --- names

  @ParameterizedTest
  @ValueSource(strings = {"", "duckdb", "postgres", "snowflake", "bigquery", "databricks"})
  void nonReservedKeywordsAreColumnNames(String dialect) {
    assertValid(
        dialect,
        "select date, timestamp, time, hour, value, count, year, month, day, name, type, status, language, role, position\n"
            + "from raw.events e\nwhere e.date > '2026-01-01' and timestamp is not null\norder by date, e.timestamp");
  }

  @Test
  void keywordsAsAliasesAndInGroupBy() {
    assertValid("snowflake", "select cast(timestamp as date) as date, count(*) as count\nfrom raw.events\ngroup by cast(timestamp as date)");
  }

  @Test
  void keywordsKeepTheirMeaningWhereTheyAreKeywords() {
    assertValid(
        "postgres",
        "select date '2026-01-01' as d, timestamp '2026-01-01 00:00:00' as ts, extract(year from date) as y, cast(value as date) as v\nfrom raw.events");
  }

  @Test
  void aWordTheTargetReservesIsASyntaxErrorWithAHint() {
    Diagnostic d = assertDiagnostic("redshift", "select ^timestamp^, id from raw.events", DiagnosticCode.EBB130);
    assertThat(d.message()).isEqualTo("syntax error: 'timestamp' is a reserved word on redshift");
    assertThat(d.hint()).isEqualTo("quote it to use it as a name: \"timestamp\"");
  }

  // --- types

  @ParameterizedTest
  @ValueSource(strings = {"", "snowflake"})
  void warehouseTypeNamesInCasts(String dialect) {
    assertValid(
        dialect,
        "select cast(id as text) as a, cast(amount as number(10, 2)) as b, cast(timestamp as timestamp_ntz) as c,\n"
            + "  cast(timestamp as timestamp_ntz(9)) as c9, id::string as e, cast(status as varchar) as f, cast(id as byteint) as g\nfrom raw.events");
  }

  @Test
  void bigQueryTypeNamesInCasts() {
    assertValid("bigquery", "select cast(id as string) as a, cast(amount as int64) as b, cast(amount as float64) as c, cast(amount as numeric(10, 2)) as d, cast(id > 1 as bool) as e\nfrom raw.events");
  }

  @Test
  void postgresTypeNamesInCasts() {
    assertValid("postgres", "select id::text as a, amount::int8 as b, amount::float8 as c, (id > 1)::bool as d, cast(amount as int4) as e\nfrom raw.events");
  }

  @Test
  void aTypeNameOfAnotherWarehouseNamesTheTargetsOwn() {
    Diagnostic d = assertDiagnostic("postgres", "select cast(id as ^string^) as s from raw.events", DiagnosticCode.EBB144);
    assertThat(d.message()).isEqualTo("type STRING does not exist on postgres");
    assertThat(d.hint()).isEqualTo("use TEXT or VARCHAR");
    assertDiagnostic("bigquery", "select cast(id as ^text^) as s from raw.events", DiagnosticCode.EBB144);
    assertDiagnostic("postgres", "select cast(amount as ^number^(10, 2)) as s from raw.events", DiagnosticCode.EBB144);
  }

  // --- type errors

  @ParameterizedTest
  @ValueSource(strings = {"", "duckdb", "postgres", "snowflake", "bigquery", "redshift", "databricks"})
  void aggregateOfText(String dialect) {
    Diagnostic d = assertDiagnostic(dialect, "select ^sum(name)^ as total from raw.events", DiagnosticCode.EBB134);
    assertThat(d.message()).isEqualTo("SUM of text: 'name' is VARCHAR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "postgres", "snowflake"})
  void arithmeticOnText(String dialect) {
    Diagnostic d = assertDiagnostic(dialect, "select id, ^amount + name^ as x from raw.events", DiagnosticCode.EBB134);
    assertThat(d.message()).isEqualTo("cannot apply '+' to DECIMAL and VARCHAR: 'name' is VARCHAR");
  }

  @Test
  void textComparedWithANumberIsAnErrorWhereTheWarehouseRefusesIt() {
    for (String strict : List.of("postgres", "duckdb", "bigquery", "redshift")) {
      Diagnostic d = assertDiagnostic(strict, "select id from raw.events where ^name = id^", DiagnosticCode.EBB134);
      assertThat(d.message()).isEqualTo("cannot compare VARCHAR with BIGINT on " + strict);
    }
    assertValid("snowflake", "select id from raw.events where name = id");
    assertValid("databricks", "select id from raw.events where name = id");
  }

  @Test
  void aTextLiteralComparesWithADate() {
    for (String dialect : ALL) {
      assertValid(dialect, "select id from raw.events where date >= '2026-01-01' and amount > '10'");
    }
  }

  @Test
  void typeErrorsAreOneLineWithoutCalcitesForms() {
    Diagnostic d = assertDiagnostic("postgres", "select id from raw.events where ^date = 5^", DiagnosticCode.EBB134);
    assertThat(d.message()).isEqualTo("cannot apply '=' to DATE = INTEGER");
    assertThat(d.message()).doesNotContain("Supported", "\n");
  }

  // --- dates

  @ParameterizedTest
  @ValueSource(strings = {"", "duckdb", "postgres", "snowflake", "redshift", "databricks"})
  void dateAndIntegerArithmetic(String dialect) {
    assertValid(dialect, "select date + 7 as next_week, date - 1 as yesterday, date - date as days, 1 + date as tomorrow\nfrom raw.events");
  }

  @Test
  void bigQueryAddsDaysWithDateAdd() {
    Diagnostic d = assertDiagnostic("bigquery", "select ^date + 7^ as next_week from raw.events", DiagnosticCode.EBB134);
    assertThat(d.hint()).startsWith("use DATE_ADD");
    assertValid("bigquery", "select date_add(date, interval 7 day) as next_week from raw.events");
  }

  @ParameterizedTest
  @ValueSource(strings = {"snowflake", "redshift", "databricks"})
  void dateAddWithAQuotedOrBareDatePart(String dialect) {
    assertValid(dialect, "select dateadd('day', 7, date) as a, dateadd(day, 7, date) as b, datediff('day', date, date) as c from raw.events");
  }

  @Test
  void aQuotedDatePartNeverReportsAJavaClass() {
    Diagnostics diagnostics = analyze("", "select dateadd('fortnight', 7, date) as a from raw.events");
    assertThat(diagnostics.sorted()).allSatisfy(d -> assertThat(d.message()).doesNotContain("org.apache", "class "));
  }

  // --- functions and syntax of the target

  @Test
  void functionsOfAnotherWarehouseAreErrorsWithTheTargetsEquivalent() {
    Diagnostic nvl = assertDiagnostic("postgres", "select ^nvl(name, 'x')^ as n from raw.events", DiagnosticCode.EBB140);
    assertThat(nvl.message()).isEqualTo("function NVL does not exist on postgres");
    assertThat(nvl.hint()).isEqualTo("use COALESCE(x, fallback)");
    Diagnostic dateadd = assertDiagnostic("duckdb", "select ^dateadd('day', 7, date)^ as d from raw.events", DiagnosticCode.EBB140);
    assertThat(dateadd.hint()).isEqualTo("add an interval: d + INTERVAL '7 day'");
    assertDiagnostic("bigquery", "select ^decode(status, 'a', 1, 0)^ as d from raw.events", DiagnosticCode.EBB140);
    assertDiagnostic("snowflake", "select ^string_agg(name, ',')^ as d from raw.events", DiagnosticCode.EBB140);
  }

  @Test
  void functionsTheTargetHasValidate() {
    assertValid("snowflake", "select nvl(name, 'x') as a, iff(id > 1, 'a', 'b') as b, dateadd(day, 7, date) as c, date_trunc('month', timestamp) as d, listagg(name, ',') as e\nfrom raw.events\ngroup by name, id, date, timestamp");
    assertValid("bigquery", "select ifnull(name, 'x') as a, if(id > 1, 'a', 'b') as b, date_diff(date, date, day) as c, string_agg(name, ',') as e\nfrom raw.events\ngroup by name, id, date");
    assertValid("postgres", "select coalesce(name, 'x') as a, date_trunc('month', timestamp) as b, string_agg(name, ',') as c\nfrom raw.events\ngroup by name, timestamp");
  }

  @Test
  void withoutATargetEveryWarehousesFunctionsValidate() {
    assertValid("", "select nvl(name, 'x') as a, decode(status, 'a', 1, 0) as b, dateadd(day, 7, date) as c\nfrom raw.events");
  }

  @Test
  void qualifyWhereTheTargetHasIt() {
    String sql = "select id from raw.events\nqualify row_number() over (partition by name order by timestamp desc) = 1";
    for (String dialect : List.of("duckdb", "snowflake", "bigquery", "databricks")) {
      assertValid(dialect, sql);
    }
    assertValid("redshift", "select id from raw.events\nqualify row_number() over (partition by name order by id desc) = 1");
    Diagnostic d =
        assertDiagnostic("postgres", "select id from raw.events\nqualify ^row_number() over (partition by name order by timestamp desc) = 1^", DiagnosticCode.EBB141);
    assertThat(d.message()).isEqualTo("QUALIFY is not supported on postgres");
  }

  @Test
  void ignoreNullsAndIlike() {
    assertDiagnostic("postgres", "select last_value(name) ^ignore nulls^ over (order by id) as n from raw.events", DiagnosticCode.EBB141);
    assertValid("snowflake", "select last_value(name) ignore nulls over (order by id) as n from raw.events");
    assertDiagnostic("bigquery", "select id from raw.events where ^name ilike 'a%'^", DiagnosticCode.EBB141);
    assertValid("snowflake", "select id from raw.events where name ilike 'a%'");
  }

  @Test
  void groupByAll() {
    for (String dialect : List.of("", "duckdb", "snowflake", "bigquery", "databricks")) {
      assertValid(dialect, "select name, date, count(*) as n, sum(count(*)) over () as total\nfrom raw.events\ngroup by all\norder by n");
    }
    Diagnostic d = assertDiagnostic("postgres", "select name, count(*) as n from raw.events group by ^all^", DiagnosticCode.EBB141);
    assertThat(d.message()).isEqualTo("GROUP BY ALL is not supported on postgres");
  }

  // --- several errors

  @Test
  void everyIndependentErrorOfAModelIsReported() {
    Diagnostics diagnostics =
        analyze(
            "postgres",
            "with a as (select nmae from raw.events),\n"
                + "b as (select sum(name) as s from raw.events)\n"
                + "select a.nmae, b.s, stauts, nvl(name, 'x') as n\nfrom a, b, raw.events");
    assertThat(diagnostics.sorted().stream().map(Diagnostic::headline))
        .containsExactly(
            "models/m.sql:1:19: error[EBB104]: column 'nmae' not found in raw.events",
            "models/m.sql:2:14: error[EBB134]: SUM of text: 'name' is VARCHAR",
            "models/m.sql:3:21: error[EBB104]: column 'stauts' not found in raw.events",
            "models/m.sql:3:29: error[EBB140]: function NVL does not exist on postgres");
  }

  @Test
  void theDialectComesFromTheProjectSetting() {
    Diagnostics diagnostics = new Diagnostics();
    CalciteModelAnalyzer.create()
        .analyze(events().dialect("postgres").model("m", "select nvl(name, 'x') as n from raw.events").build(), diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EBB140);
  }

  private static TestingProject events() {
    return TestingProject.create()
        .source(
            "raw.events",
            "id BIGINT",
            "name VARCHAR",
            "status VARCHAR",
            "amount DECIMAL(12, 2)",
            "date DATE",
            "timestamp TIMESTAMP",
            "time TIME",
            "hour INTEGER",
            "value VARCHAR",
            "count INTEGER",
            "year INTEGER",
            "month INTEGER",
            "day INTEGER",
            "type VARCHAR",
            "language VARCHAR",
            "role VARCHAR",
            "position INTEGER");
  }

  private static Diagnostics analyze(String dialect, String sql) {
    Diagnostics diagnostics = new Diagnostics();
    CalciteModelAnalyzer.create().forDialect(dialect.isEmpty() ? null : dialect).analyze(events().model("m", sql).build(), diagnostics);
    return diagnostics;
  }

  private static void assertValid(String dialect, String sql) {
    assertThat(analyze(dialect, sql).sorted().stream().map(d -> d.headline() + (d.hint() == null ? "" : " / " + d.hint())))
        .as("%s on %s", sql, dialect.isEmpty() ? "no target" : dialect)
        .isEmpty();
  }

  private static Diagnostic assertDiagnostic(String dialect, String markedSql, DiagnosticCode code) {
    int caret = markedSql.indexOf('^');
    String sql = markedSql.replace("^", "");
    String before = markedSql.substring(0, caret);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = caret - before.lastIndexOf('\n');
    List<Diagnostic> found = analyze(dialect, sql).sorted();
    assertThat(found.stream().map(Diagnostic::headline)).as("diagnostics of %s on %s", sql, dialect).hasSize(1);
    Diagnostic diagnostic = found.get(0);
    assertThat(diagnostic.code()).as(diagnostic.headline()).isEqualTo(code);
    assertThat(diagnostic.location()).as(diagnostic.headline()).isEqualTo(new SourceLocation("models/m.sql", line, column));
    return diagnostic;
  }
}
