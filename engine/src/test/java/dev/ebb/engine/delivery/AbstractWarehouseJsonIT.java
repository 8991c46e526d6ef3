package dev.ebb.engine.delivery;

import dev.ebb.engine.mapping.RecordMapper;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.diff.DiffColumn;
import dev.ebb.engine.diff.DiffCursor;
import dev.ebb.compiler.diff.DiffPlan;
import dev.ebb.compiler.diff.DiffPlanner;
import dev.ebb.compiler.diff.DiffRow;
import dev.ebb.engine.diff.DiffRunner;
import dev.ebb.compiler.diff.DiffSpec;
import dev.ebb.compiler.diff.JsonRecord;
import dev.ebb.compiler.diff.JsonRecords;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.destination.api.WriteMode;
import dev.ebb.compiler.sql.ModelQuery;
import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON a warehouse builds for a record ({@link DiffRunner#readRecords}) against what the Java
 * mapper makes of the same rows read as columns ({@link DiffRunner#read} + {@link RecordMapper}):
 * every type, nulls, extremes, unicode, quotes, backslashes and control characters, nested fields,
 * templates and constants. Both are parsed with Jackson (decimals as BigDecimal) and must be the
 * same tree: same fields in the same order, numbers equal as decimals, the same strings.
 */
abstract class AbstractWarehouseJsonIT {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  abstract Dialect dialect();

  abstract Connection connection() throws SQLException;

  /** A schema of the test's own, created. */
  abstract String schema() throws SQLException;

  /** Column name to {DDL type, the type the SQL analysis reports}, in table order. */
  abstract Map<String, String[]> columns();

  /** A date (and time) before year 1 in the warehouse's text: 44 BC is 0044 with a BC marker. */
  abstract String beforeChrist(String date, String time);

  /** The rows: by column, each value's text (cast to the column's type) or null. */
  List<Map<String, String>> rows() {
    String hostile = "Ada \"Lovelace\" \\ back' \n\tline \u0001 \u001f é😀 \u2028 </script> null";
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(row("1", hostile, "42", "9223372036854775807", "1234.50", "0.1", "0.1", "true", "2024-01-05",
        "2023-11-14 22:13:20.5", "2023-11-14 22:13:20.123456+02", "12345678901234567890123456789.123456789"));
    rows.add(row("2", null, null, null, null, null, null, null, null, null, null, null));
    rows.add(row("3", "", "-2147483648", "-9223372036854775808", "0.00", "1e20", "-3.4e38", "false", "0001-01-01",
        "0001-01-01 00:00:00", "1970-01-01 00:00:00+00", "-0.000000001"));
    rows.add(row("4", "null", "0", "0", "9999999999999.99", "4.9e-324", "1.17549435e-38", "true", "9999-12-31",
        "9999-12-31 23:59:59.999999", "2000-02-29 12:00:00.000001-08", "0.000000000"));
    rows.add(row("5", "true", "7", "-1", "-0.01", "NaN", "-Infinity", "false", beforeChrist("0044-03-15", null),
        beforeChrist("0044-03-15", "10:00:00.25"), "2023-06-01 00:00:00+00", "1"));
    rows.add(row("6", "{\"a\": 1}", "-1", "1", "-9999999999999.99", "Infinity", "0.3333333", "true", "10000-01-01",
        "10000-01-01 00:00:00", "2023-06-01 23:59:59.9+05:30", "99999999999999999999999999999.999999999"));
    rows.add(row("7", "x", "1", "2", "0.10", "-0.0", "1e-7", "false", "1582-10-15", "1899-12-31 23:59:59",
        "1900-01-01 00:00:00+00", "-1.5"));
    rows.add(row("8", "y", "2", "3", "1.00", "1.7976931348623157e308", "123456.79", "true", "1969-12-31",
        "1969-12-31 23:59:59.999", "1969-12-31 23:59:59.999+00", "0.1"));
    return rows;
  }

  private static Map<String, String> row(String... values) {
    String[] names = {"id", "txt", "small", "big", "amount", "ratio", "real_value", "flag", "day", "at", "at_zone", "wide"};
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      row.put(names[i], values[i]);
    }
    return row;
  }

  private String insert(String table, Map<String, String> row) {
    StringBuilder values = new StringBuilder();
    columns().forEach((name, types) -> {
      String text = row.get(name);
      values.append(values.length() == 0 ? "" : ", ").append(
          text == null ? "NULL" : "CAST('" + text.replace("'", "''") + "' AS " + types[0] + ")");
    });
    return "INSERT INTO " + table + " VALUES (" + values + ")";
  }

  @AfterEach
  void closeConnection() throws SQLException {
    connection().close();
  }

  @Test
  void warehouseJsonEqualsTheJavaMapperOnEveryRow() throws Exception {
    Map<String, DiffColumn> columns = new LinkedHashMap<>();
    columns().forEach((name, types) -> columns.put(name, new DiffColumn(name, types[1])));
    List<FieldMapping> mapping = mapping(columns);
    JsonRecord record = JsonRecords.of(mapping, "id", columns).orElseThrow();
    DiffPlan plan = DiffPlanner.plan(spec(columns, record), dialect());
    assertThat(plan.readRecords()).as("the warehouse renders this mapping").isNotNull();

    DiffRunner runner = new DiffRunner(connection(), plan);
    runner.setup();
    runner.plan(runner.check());
    RecordMapper mapper = RecordMapper.of(mapping, "id");
    Map<Object, OutboundRecord> byJava = new TreeMap<>();
    try (DiffCursor cursor = runner.read(0, 100)) {
      for (DiffRow row = cursor.next(); row != null; row = cursor.next()) {
        byJava.put(row.key(), mapper.map(row.values(), Operation.UPSERT, String.valueOf(row.key()), "k"));
      }
    }
    Map<Object, OutboundRecord> byWarehouse = new TreeMap<>();
    try (DiffCursor cursor = runner.readRecords(0, 100)) {
      for (DiffRow row = cursor.next(); row != null; row = cursor.next()) {
        assertThat(row.values()).containsOnlyKeys("id");
        byWarehouse.put(row.key(),
            mapper.mapJson(row.values(), row.recordJson(), Operation.UPSERT, String.valueOf(row.key()), "k"));
      }
    }

    assertThat(byWarehouse.keySet()).isEqualTo(byJava.keySet()).hasSize(rows().size());
    for (Object key : byJava.keySet()) {
      OutboundRecord java = byJava.get(key);
      OutboundRecord warehouse = byWarehouse.get(key);
      assertThat(warehouse.matchValue()).isEqualTo(java.matchValue());
      assertThat(warehouse.fields()).isEmpty();
      JsonNode expected = JSON.readTree(JSON.writeValueAsString(java.fields()));
      JsonNode actual = JSON.readTree(warehouse.fieldsJson());
      assertSameJson("row " + key + " " + warehouse.fieldsJson(), "$", java.fields(), expected, actual);
    }
  }

  /** Every column as a field, nested ones, templates over every type, constants. */
  private static List<FieldMapping> mapping(Map<String, DiffColumn> columns) {
    List<FieldMapping> mapping = new ArrayList<>();
    columns.keySet().forEach(name -> mapping.add(new FieldMapping(name, new FieldSource.Column(name))));
    mapping.add(new FieldMapping("nested.text", new FieldSource.Column("txt")));
    mapping.add(new FieldMapping("nested.deeper.at", new FieldSource.Column("at")));
    mapping.add(new FieldMapping("nested.label", template("{{txt}} #{{small}} ({{ amount }}) {{flag}} {{day}} {{at}} {{at_zone}}", columns)));
    mapping.add(new FieldMapping("label", template("{{big}}", columns)));
    mapping.add(new FieldMapping("quoted", template("\"{{txt}}\" \\ '{{txt}}'\n{{small}}é", columns)));
    mapping.add(new FieldMapping("const_text", new FieldSource.Constant("it's \"quoted\" \\ é😀\n")));
    mapping.add(new FieldMapping("const_long", new FieldSource.Constant(9_007_199_254_740_993L)));
    mapping.add(new FieldMapping("const_int", new FieldSource.Constant(-7)));
    mapping.add(new FieldMapping("const_double", new FieldSource.Constant(0.1)));
    mapping.add(new FieldMapping("const_big_double", new FieldSource.Constant(1.0e20)));
    mapping.add(new FieldMapping("const_decimal", new FieldSource.Constant(new BigDecimal("12.50"))));
    mapping.add(new FieldMapping("const_true", new FieldSource.Constant(true)));
    mapping.add(new FieldMapping("const_null", new FieldSource.Constant(null)));
    mapping.add(new FieldMapping("nested.const", new FieldSource.Constant("inner")));
    return mapping;
  }

  private static FieldSource template(String template, Map<String, DiffColumn> columns) {
    List<String> read = new ArrayList<>();
    for (String name : columns.keySet()) {
      if (template.matches("(?s).*\\{\\{\\s*" + name + "\\s*}}.*")) {
        read.add(name);
      }
    }
    return new FieldSource.Template(template, read);
  }

  private DiffSpec spec(Map<String, DiffColumn> columns, JsonRecord record) throws SQLException {
    String schema = schema();
    String table = dialect().quoteIdentifier(schema) + ".m";
    StringBuilder ddl = new StringBuilder();
    columns().forEach((name, types) -> ddl.append(ddl.length() == 0 ? "" : ", ")
        .append(dialect().quoteIdentifier(name)).append(' ').append(types[0]));
    try (Statement statement = connection().createStatement()) {
      statement.execute("CREATE TABLE " + table + " (" + ddl + ")");
      for (Map<String, String> row : rows()) {
        statement.execute(insert(table, row));
      }
    }
    List<DiffColumn> mapped = new ArrayList<>(columns.values());
    return new DiffSpec("json_it", schema, ModelQuery.of("SELECT * FROM " + table),
        List.of(columns.get("id")), mapped.subList(1, mapped.size()), WriteMode.UPSERT, "fp", "r1", record);
  }

  /**
   * Same fields in the same order; numbers equal as decimals, doubles as the double they denote
   * (Java writes the smallest double 4.9E-324, the warehouses 5e-324); everything else equal.
   *
   * @param java the Java mapper's value at this path
   */
  private static void assertSameJson(String row, String path, Object java, JsonNode expected, JsonNode actual) {
    if (expected.isNumber()) {
      assertThat(actual.isNumber()).as("%s %s: %s vs %s", row, path, expected, actual).isTrue();
      if (java instanceof Double) {
        assertThat(actual.doubleValue()).as("%s %s", row, path).isEqualTo(expected.doubleValue());
      } else {
        assertThat(actual.decimalValue()).as("%s %s", row, path).isEqualByComparingTo(expected.decimalValue());
      }
      return;
    }
    if (expected.isObject()) {
      assertThat(actual.isObject()).as("%s %s", row, path).isTrue();
      List<String> expectedNames = new ArrayList<>();
      expected.fieldNames().forEachRemaining(expectedNames::add);
      List<String> actualNames = new ArrayList<>();
      actual.fieldNames().forEachRemaining(actualNames::add);
      assertThat(actualNames).as("%s %s: fields", row, path).containsExactlyElementsOf(expectedNames);
      for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        assertSameJson(row, path + "." + name, ((Map<?, ?>) java).get(name), expected.get(name), actual.get(name));
      }
      return;
    }
    assertThat(actual).as("%s %s", row, path).isEqualTo(expected);
  }
}
