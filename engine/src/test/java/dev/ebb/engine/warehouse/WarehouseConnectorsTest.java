package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL and property building of the Redshift, Databricks and BigQuery connectors, offline. */
class WarehouseConnectorsTest {

  private static final String SERVICE_ACCOUNT_KEY =
      "{\"type\": \"service_account\", \"client_email\": \"ebb@acme.iam.gserviceaccount.com\","
          + " \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEv-super-secret\\n\"}";

  @TempDir Path project;

  @Test
  void redshiftWithPassword() {
    JdbcSettings settings = new RedshiftConnector().settings(TestingTargets.target("rs", "redshift",
        Map.of("host", "ebb.abc123.eu-west-1.redshift.amazonaws.com", "database", "analytics",
            "user", "ebb", "password", "pw-redshift")), project);

    assertThat(settings.url()).isEqualTo("jdbc:redshift://ebb.abc123.eu-west-1.redshift.amazonaws.com:5439/analytics");
    assertThat(settings.address()).isEqualTo("ebb.abc123.eu-west-1.redshift.amazonaws.com:5439");
    assertThat(settings.properties())
        .containsEntry("user", "ebb")
        .containsEntry("password", "pw-redshift")
        .containsEntry("loginTimeout", "10")
        .doesNotContainKey("DbUser");
    assertThat(settings.toString()).doesNotContain("pw-redshift");
  }

  @Test
  void redshiftWithIamAsksTheDriverForTemporaryCredentials() {
    JdbcSettings settings = new RedshiftConnector().settings(TestingTargets.target("rs", "redshift",
        Map.of("host", "ebb.abc123.eu-west-1.redshift.amazonaws.com", "port", 5440, "database", "analytics",
            "user", "ebb_svc", "method", "IAM", "access_key_id", "AKIAEXAMPLE", "secret_access_key", "aws-secret",
            "cluster_id", "ebb", "region", "eu-west-1")), project);

    assertThat(settings.url()).isEqualTo("jdbc:redshift:iam://ebb.abc123.eu-west-1.redshift.amazonaws.com:5440/analytics");
    assertThat(settings.properties())
        .containsEntry("DbUser", "ebb_svc")
        .containsEntry("AccessKeyID", "AKIAEXAMPLE")
        .containsEntry("SecretAccessKey", "aws-secret")
        .containsEntry("ClusterID", "ebb")
        .containsEntry("Region", "eu-west-1")
        .containsEntry("AutoCreate", "false")
        .doesNotContainKey("password");
  }

  @Test
  void redshiftSettingsThatCannotWorkTogether() {
    assertThatThrownBy(() -> new RedshiftConnector().settings(TestingTargets.target("rs", "redshift",
            Map.of("host", "h", "database", "d", "user", "u", "method", "iam", "password", "pw",
                "access_key_id", "AKIA", "port", "54x")), project))
        .isInstanceOf(WarehouseException.class)
        .hasMessage("target 'rs' (redshift): missing setting 'secret_access_key'; 'port' must be a port number"
            + " (1-65535), not '54x'; method 'iam' takes no password in profiles.yml");
  }

  @Test
  void databricksKeepsTheTokenOutOfTheUrl() {
    JdbcSettings settings = new DatabricksConnector().settings(TestingTargets.target("dbx", "databricks",
        Map.of("host", "dbc-a1b2c3d4-e5f6.cloud.databricks.com", "http_path", "/sql/1.0/warehouses/abc123",
            "token", "dapi-secret-token", "catalog", "main", "schema", "analytics")), project);

    assertThat(settings.url()).isEqualTo("jdbc:databricks://dbc-a1b2c3d4-e5f6.cloud.databricks.com:443/default"
        + ";transportMode=http;ssl=1;AuthMech=3;httpPath=/sql/1.0/warehouses/abc123;ConnCatalog=main;ConnSchema=analytics");
    assertThat(settings.properties()).containsEntry("UID", "token").containsEntry("PWD", "dapi-secret-token");
    assertThat(settings.url() + settings).doesNotContain("dapi-secret-token");
  }

  @Test
  void databricksHostIsAHostName() {
    assertThatThrownBy(() -> new DatabricksConnector().settings(TestingTargets.target("dbx", "databricks",
            Map.of("host", "https://dbc-1.cloud.databricks.com/", "http_path", "/sql/1.0/warehouses/a", "token", "t")),
            project))
        .hasMessageContaining("'host' is the server hostname alone, not 'https://dbc-1.cloud.databricks.com/'");
  }

  @Test
  void bigQueryWithAKeyFromTheEnvironment() {
    JdbcSettings settings = new BigQueryConnector().settings(TestingTargets.target("bq", "bigquery",
        Map.of("project", "acme-analytics", "dataset", "marts", "location", "EU", "keyfile_json", SERVICE_ACCOUNT_KEY)),
        project);

    assertThat(settings.url()).isEqualTo("jdbc:bigquery://https://www.googleapis.com:443/bigquery/v2"
        + ";ProjectId=acme-analytics;DefaultDataset=marts;Location=EU");
    assertThat(settings.properties())
        .containsEntry("OAuthType", "0")
        .containsEntry("OAuthServiceAcctEmail", "ebb@acme.iam.gserviceaccount.com")
        .containsEntry("OAuthPvtKey", SERVICE_ACCOUNT_KEY);
    assertThat(settings.url()).doesNotContain("super-secret");
  }

  @Test
  void bigQueryWithAKeyFileOrDefaultCredentials() throws Exception {
    Files.writeString(project.resolve("sa.json"), SERVICE_ACCOUNT_KEY);
    JdbcSettings withFile = new BigQueryConnector().settings(TestingTargets.target("bq", "bigquery",
        Map.of("project", "p", "dataset", "d", "keyfile", "sa.json")), project);
    JdbcSettings withDefaults = new BigQueryConnector().settings(TestingTargets.target("bq", "bigquery",
        Map.of("project", "p", "dataset", "d")), project);

    assertThat(withFile.properties())
        .containsEntry("OAuthPvtKeyPath", project.resolve("sa.json").toString())
        .doesNotContainKey("OAuthPvtKey");
    assertThat(withDefaults.properties()).containsEntry("OAuthType", "3");
  }

  @Test
  void bigQueryKeyThatIsNoServiceAccountKeyIsNeverShown() {
    assertThatThrownBy(() -> new BigQueryConnector().settings(TestingTargets.target("bq", "bigquery",
            Map.of("project", "p", "dataset", "d", "keyfile_json", "{\"private_key\": \"very-secret\"")), project))
        .hasMessage("target 'bq' (bigquery): 'keyfile_json' is not a service-account key in profiles.yml");
  }

  @Test
  void bigQueryWithoutItsDriverSaysWhereToPutIt() {
    var target = TestingTargets.target("bq", "bigquery", Map.of("project", "p", "dataset", "d"));
    var connector = new BigQueryConnector();
    var failures = new Failures(target, connector, connector.settings(target, project));

    assertThat(failures.explain("cannot connect", new SQLException("No suitable driver found for jdbc:bigquery://x", "08001")))
        .hasMessage("target 'bq' (bigquery): cannot connect: Google's BigQuery JDBC driver is not installed: put its"
            + " jar files in $EBB_DRIVERS_DIR (default ~/.ebb/drivers), where the ebb launcher adds them to the class path");
  }

  @Test
  void catalogQueriesPerWarehouse() {
    var bigquery = TestingTargets.target("bq", "bigquery", Map.of("project", "acme", "dataset", "d", "location", "europe-west3"));
    assertThat(new BigQueryConnector().catalogQuery(bigquery))
        .contains("FROM `acme`.`region-europe-west3`.INFORMATION_SCHEMA.COLUMNS AS c");
    assertThat(new RedshiftConnector().catalogQuery(bigquery)).contains("FROM svv_columns c");
    assertThat(new DatabricksConnector().catalogQuery(bigquery)).contains("c.table_catalog = current_catalog()");
  }

  @Test
  void pulledTypesAreSpelledAsSourcesYmlDoes() {
    TypeNames bigquery = new TypeNames("bigquery");
    assertThat(bigquery.normalize("NUMERIC(10, 2)", null, null)).isEqualTo("DECIMAL(10,2)");
    assertThat(bigquery.normalize("INT64", null, null)).isEqualTo("BIGINT");
    assertThat(bigquery.normalize("TIMESTAMP", null, null)).isEqualTo("TIMESTAMP WITH TIME ZONE");
    assertThat(bigquery.normalize("DATETIME", null, null)).isEqualTo("TIMESTAMP");
    TypeNames databricks = new TypeNames("databricks");
    assertThat(databricks.normalize("TIMESTAMP", null, null)).isEqualTo("TIMESTAMP WITH TIME ZONE");
    assertThat(databricks.normalize("TIMESTAMP_NTZ", null, null)).isEqualTo("TIMESTAMP");
    assertThat(databricks.normalize("DECIMAL", 12, 2)).isEqualTo("DECIMAL(12,2)");
    assertThat(new TypeNames("redshift").normalize("character varying", 256, null)).isEqualTo("VARCHAR");
  }
}
