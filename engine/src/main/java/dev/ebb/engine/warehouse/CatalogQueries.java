package dev.ebb.engine.warehouse;

import java.util.Locale;

/**
 * The information-schema queries of {@code ebb catalog pull}, per warehouse family. Each returns
 * schema, table, column, data type, numeric precision and numeric scale, ordered by schema, table
 * and column position, and binds the snapshot schema once, to leave it out.
 */
final class CatalogQueries {

  /** PostgreSQL, DuckDB and Snowflake: the standard views, in the current database. */
  static final String STANDARD =
      "SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.numeric_precision,"
          + " c.numeric_scale FROM information_schema.columns c JOIN information_schema.tables t"
          + " ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema"
          + " AND t.table_name = c.table_name"
          + " WHERE c.table_catalog = current_database()"
          + " AND t.table_type IN ('BASE TABLE', 'VIEW')"
          + " AND lower(c.table_schema) NOT IN ('information_schema', 'pg_catalog', lower(?))"
          + " AND lower(c.table_schema) NOT LIKE 'pg\\_%' ESCAPE '\\'"
          + " ORDER BY c.table_schema, c.table_name, c.ordinal_position";

  /**
   * Redshift: {@code svv_columns}, which unlike {@code information_schema.columns} also lists
   * late-binding views and external (Spectrum) tables.
   */
  static final String REDSHIFT =
      "SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.numeric_precision,"
          + " c.numeric_scale FROM svv_columns c"
          + " WHERE c.table_catalog = current_database()"
          + " AND lower(c.table_schema) NOT IN ('information_schema', 'pg_catalog', 'pg_internal',"
          + " 'pg_automv', 'catalog_history', lower(?))"
          + " AND lower(c.table_schema) NOT LIKE 'pg\\_%' ESCAPE '\\'"
          + " ORDER BY c.table_schema, c.table_name, c.ordinal_position";

  /** Databricks (Unity Catalog): the current catalog's information schema. */
  static final String DATABRICKS =
      "SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.numeric_precision,"
          + " c.numeric_scale FROM information_schema.columns c"
          + " WHERE c.table_catalog = current_catalog()"
          + " AND lower(c.table_schema) NOT IN ('information_schema', lower(?))"
          + " ORDER BY c.table_schema, c.table_name, c.ordinal_position";

  private CatalogQueries() {}

  /**
   * BigQuery: the region's {@code INFORMATION_SCHEMA.COLUMNS}, every dataset of the project in
   * that location. Its data types carry their parameters ({@code NUMERIC(10, 2)}), so precision and
   * scale are NULL.
   *
   * @param location the datasets' location, {@code US}, {@code EU}, {@code europe-west3} …
   */
  static String bigQuery(String project, String location) {
    String region = "region-" + location.toLowerCase(Locale.ROOT);
    return "SELECT c.table_schema, c.table_name, c.column_name, c.data_type,"
        + " CAST(NULL AS INT64), CAST(NULL AS INT64)"
        + " FROM `" + project.replace("`", "") + "`.`" + region.replace("`", "") + "`.INFORMATION_SCHEMA.COLUMNS AS c"
        + " WHERE LOWER(c.table_schema) <> LOWER(?)"
        + " ORDER BY c.table_schema, c.table_name, c.ordinal_position";
  }
}
