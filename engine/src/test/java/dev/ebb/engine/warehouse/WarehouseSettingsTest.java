package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseSettingsTest {

  private static final Path PROJECT = Path.of("/work/project");

  @Test
  void unknownTypeListsTheKnownOnes() {
    assertThatThrownBy(() -> Warehouses.connect(TestingTargets.target("x", "oracle", Map.of()), PROJECT))
        .isInstanceOf(WarehouseException.class)
        .hasMessage("target 'x' (oracle): unknown warehouse type; expected one of duckdb, postgres, snowflake, bigquery,"
            + " redshift, databricks");
  }

  @Test
  void everyMissingSettingIsReportedAtOnce() {
    assertThatThrownBy(() -> Warehouses.connect(TestingTargets.target("pg", "postgres", Map.of("host", "db")), PROJECT))
        .hasMessage("target 'pg' (postgres): missing settings 'database', 'user' in profiles.yml");
    assertThatThrownBy(() -> Warehouses.connect(TestingTargets.target("prod", "snowflake", Map.of("user", "EBB")), PROJECT))
        .hasMessage("target 'prod' (snowflake): missing settings 'account', 'private_key_path or password'"
            + " in profiles.yml");
  }

  @Test
  void postgresFromHostPortDatabase() {
    JdbcSettings settings = new PostgresConnector().settings(TestingTargets.target("pg", "postgres",
        Map.of("host", "db.internal", "port", 6432, "database", "analytics", "user", "ebb", "password", "pw")), PROJECT);

    assertThat(settings.url()).isEqualTo("jdbc:postgresql://db.internal:6432/analytics");
    assertThat(settings.address()).isEqualTo("db.internal:6432");
    assertThat(settings.properties()).containsEntry("user", "ebb").containsEntry("password", "pw");
    assertThat(settings.toString()).doesNotContain("pw");
  }

  @Test
  void snowflakeKeyPairAuthentication(@TempDir Path project) throws Exception {
    Files.createDirectories(project.resolve("keys"));
    Files.writeString(project.resolve("keys/ebb.p8"), "-----BEGIN ENCRYPTED PRIVATE KEY-----");
    JdbcSettings settings = new SnowflakeConnector().settings(TestingTargets.target("prod", "snowflake",
        Map.of("account", "xy12345.eu-west-1", "user", "EBB_SVC", "private_key_path", "keys/ebb.p8",
            "private_key_passphrase", "open sesame", "role", "EBB_ROLE", "warehouse", "EBB_WH",
            "database", "ANALYTICS", "schema", "PUBLIC")), project);

    assertThat(settings.url()).isEqualTo("jdbc:snowflake://xy12345.eu-west-1.snowflakecomputing.com/");
    Properties expected = new Properties();
    expected.putAll(Map.of("user", "EBB_SVC", "authenticator", "SNOWFLAKE_JWT",
        "private_key_file", project.resolve("keys/ebb.p8").toString(), "private_key_pwd", "open sesame",
        "role", "EBB_ROLE", "warehouse", "EBB_WH", "db", "ANALYTICS", "schema", "PUBLIC",
        "application", "ebb", "JDBC_QUERY_RESULT_FORMAT", "JSON"));
    assertThat(settings.properties()).isEqualTo(expected);
  }

  @Test
  void snowflakePasswordAuthentication() {
    JdbcSettings settings = new SnowflakeConnector().settings(TestingTargets.target("prod", "snowflake",
        Map.of("account", "acme", "user", "EBB", "password", "hunter2")), PROJECT);

    assertThat(settings.properties())
        .containsEntry("password", "hunter2")
        .doesNotContainKey("authenticator")
        .doesNotContainKey("private_key_file");
    assertThat(settings.address()).isEqualTo("acme.snowflakecomputing.com:443");
  }

  @Test
  void authenticationFailuresNameTheUserAndNeverThePassword() {
    var target = TestingTargets.target("pg", "postgres",
        Map.of("url", "jdbc:postgresql://db:5432/a", "user", "ebb", "password", "s3cr3t-value"));
    var connector = new PostgresConnector();
    var failures = new Failures(target, connector, connector.settings(target, PROJECT));

    assertThat(failures.explain("cannot connect",
            new SQLException("FATAL: password authentication failed for user \"ebb\"", "28P01")))
        .hasMessage("target 'pg' (postgres): cannot connect: authentication failed for user 'ebb'");
    assertThat(failures.explain("statement failed",
            new SQLException("syntax error near 's3cr3t-value'\n  Position: 12", "42601")))
        .hasMessage("target 'pg' (postgres): statement failed: syntax error near '***'");
  }

  @Test
  void snowflakeAuthenticationFailure() {
    var target = TestingTargets.target("prod", "snowflake", Map.of("account", "a", "user", "EBB", "password", "p"));
    var connector = new SnowflakeConnector();
    var failures = new Failures(target, connector, connector.settings(target, PROJECT));

    assertThat(failures.explain("cannot connect", new SQLException("Incorrect username or password", "08001", 390100)))
        .hasMessage("target 'prod' (snowflake): cannot connect: authentication failed for user 'EBB'");
  }
}
