package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.BigQuerySqlDialect;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.dialect.RedshiftSqlDialect;
import org.apache.calcite.sql.dialect.SnowflakeSqlDialect;
import org.apache.calcite.sql.dialect.SparkSqlDialect;

/** The warehouses ebb generates SQL for, in a stable order. */
public final class Dialects {

  private static final List<Dialect> ALL =
      List.of(
          named("duckdb", PostgresqlSqlDialect.DEFAULT),
          named("postgres", PostgresqlSqlDialect.DEFAULT),
          named("snowflake", SnowflakeSqlDialect.DEFAULT),
          named("bigquery", BigQuerySqlDialect.DEFAULT),
          named("redshift", RedshiftSqlDialect.DEFAULT),
          named("databricks", SparkSqlDialect.DEFAULT));

  private Dialects() {}

  public static List<Dialect> all() {
    return ALL;
  }

  public static Optional<Dialect> byName(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  // Replaced by one class per warehouse in the diff-engine work (issue 3).
  private static Dialect named(String name, SqlDialect sqlDialect) {
    return new Dialect() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SqlDialect sqlDialect() {
        return sqlDialect;
      }
    };
  }
}
