package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialects;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statements ebb sends for {@code catalog pull} and {@code check} parse with an independent
 * SQL parser (JSqlParser), as the warehouses' grammars spell them; they cannot run here.
 */
class WarehouseSqlGrammarTest {

  static List<String> selects() {
    return List.of(
        CatalogQueries.STANDARD,
        CatalogQueries.REDSHIFT,
        CatalogQueries.DATABRICKS,
        CatalogQueries.bigQuery("acme-analytics", "europe-west3"),
        PostgresPrivileges.SCHEMA_EXISTS,
        PostgresPrivileges.SCHEMA_PRIVILEGES,
        PostgresPrivileges.DATABASE_CREATE,
        PostgresPrivileges.TABLE_EXISTS,
        PostgresPrivileges.TABLE_SELECT,
        SnowflakePrivileges.CURRENT_ROLE,
        DatabricksPrivileges.CURRENT,
        DatabricksPrivileges.MEMBER,
        DatabricksPrivileges.SCHEMA_OWNER,
        DatabricksPrivileges.TABLE_OWNER);
  }

  @ParameterizedTest
  @MethodSource("selects")
  void queriesParseAsOneSelect(String sql) throws Exception {
    Statement statement = CCJSqlParserUtil.parse(sql);
    assertThat(statement).isInstanceOf(Select.class);
  }

  static List<String> seedStatements() {
    return List.of("bigquery", "redshift", "databricks", "snowflake").stream()
        .flatMap(name -> {
          Dialect dialect = Dialects.byName(name).orElseThrow();
          Map<CsvTypes.Inferred, String> types = switch (name) {
            case "bigquery" -> Map.of(CsvTypes.Inferred.BIGINT, "INT64", CsvTypes.Inferred.TEXT, "STRING");
            case "redshift" -> Map.of(CsvTypes.Inferred.BIGINT, "BIGINT", CsvTypes.Inferred.TEXT, "VARCHAR(65535)");
            case "databricks" -> Map.of(CsvTypes.Inferred.BIGINT, "BIGINT", CsvTypes.Inferred.TEXT, "STRING");
            default -> Map.of(CsvTypes.Inferred.BIGINT, "BIGINT", CsvTypes.Inferred.TEXT, "VARCHAR");
          };
          String table = dialect.quoteIdentifier("seeds") + "." + dialect.quoteIdentifier("plans");
          String id = dialect.quoteIdentifier("id");
          String label = dialect.quoteIdentifier("label");
          return java.util.stream.Stream.of(
              "CREATE TABLE " + table + " (" + id + " " + types.get(CsvTypes.Inferred.BIGINT) + ", "
                  + label + " " + types.get(CsvTypes.Inferred.TEXT) + ")",
              "INSERT INTO " + table + " VALUES (CAST(? AS " + types.get(CsvTypes.Inferred.BIGINT) + "), CAST(? AS "
                  + types.get(CsvTypes.Inferred.TEXT) + ")), (CAST(? AS " + types.get(CsvTypes.Inferred.BIGINT)
                  + "), CAST(? AS " + types.get(CsvTypes.Inferred.TEXT) + "))");
        })
        .toList();
  }

  @ParameterizedTest
  @MethodSource("seedStatements")
  void seedStatementsParse(String sql) throws Exception {
    assertThat(CCJSqlParserUtil.parse(sql)).isNotNull();
  }
}
