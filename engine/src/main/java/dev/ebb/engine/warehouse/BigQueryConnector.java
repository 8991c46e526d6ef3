package dev.ebb.engine.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ebb.compiler.model.Target;
import dev.ebb.engine.mapping.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Google BigQuery through Google's JDBC driver: {@code project}, {@code dataset} (where
 * unqualified tables and seeds go), {@code location} (default US: the region whose information
 * schema {@code ebb catalog pull} reads), and a service-account key, either {@code keyfile} (a path
 * relative to the project) or {@code keyfile_json} (the key itself, e.g. {@code
 * {{env.GCP_SERVICE_ACCOUNT_KEY}}}); without either, the application default credentials.
 *
 * <p>The driver is not part of ebb's jar (its dependencies would add tens of megabytes for one
 * warehouse type): the launcher puts the jars of {@code $EBB_DRIVERS_DIR} (default {@code
 * ~/.ebb/drivers}) on the class path, and a missing driver is reported as such.
 */
final class BigQueryConnector implements WarehouseConnector {

  static final String HOST = "www.googleapis.com:443";
  private static final ObjectMapper JSON = Json.MAPPER;

  private static final Map<CsvTypes.Inferred, String> SEED_TYPES =
      Map.of(
          CsvTypes.Inferred.BIGINT, "INT64",
          CsvTypes.Inferred.DOUBLE, "FLOAT64",
          CsvTypes.Inferred.BOOLEAN, "BOOL",
          CsvTypes.Inferred.DATE, "DATE",
          CsvTypes.Inferred.TIMESTAMP, "DATETIME",
          CsvTypes.Inferred.TIMESTAMP_WITH_TIME_ZONE, "TIMESTAMP",
          CsvTypes.Inferred.TEXT, "STRING");

  @Override
  public String type() {
    return "bigquery";
  }

  @Override
  public String dialectName() {
    return "bigquery";
  }

  @Override
  public Set<String> keys() {
    return Set.of("project", "dataset", "location", "keyfile", "keyfile_json");
  }

  @Override
  public JdbcSettings settings(TargetSettings settings, Path projectDir) {
    String project = settings.required("project");
    String dataset = settings.required("dataset");
    String location = settings.orDefault("location", "US");
    settings.exclusive("keyfile", "keyfile_json");
    Properties properties = new Properties();
    Optional<String> keyfile = settings.optional("keyfile");
    Optional<String> keyJson = settings.optional("keyfile_json");
    if (keyfile.isPresent()) {
      Path file = projectDir.resolve(keyfile.get()).toAbsolutePath().normalize();
      if (!Files.isRegularFile(file)) {
        settings.invalid("keyfile", "key file " + keyfile.get() + " not found", "a path relative to the project, or absolute");
      } else {
        serviceAccount(settings, "keyfile", read(file)).ifPresent(email -> {
          properties.setProperty("OAuthType", "0");
          properties.setProperty("OAuthServiceAcctEmail", email);
          properties.setProperty("OAuthPvtKeyPath", file.toString());
        });
      }
    } else if (keyJson.isPresent()) {
      serviceAccount(settings, "keyfile_json", keyJson.get()).ifPresent(email -> {
        properties.setProperty("OAuthType", "0");
        properties.setProperty("OAuthServiceAcctEmail", email);
        properties.setProperty("OAuthPvtKey", keyJson.get());
      });
    } else {
      // Application default credentials: GOOGLE_APPLICATION_CREDENTIALS, gcloud, or the VM's account.
      properties.setProperty("OAuthType", "3");
    }
    settings.requireComplete();
    String url = "jdbc:bigquery://https://" + HOST + "/bigquery/v2;ProjectId=" + project
        + ";DefaultDataset=" + dataset + ";Location=" + location;
    return new JdbcSettings(url, properties, HOST);
  }

  /** The key's client e-mail, when the text is a service-account key; notes the setting otherwise. */
  private static Optional<String> serviceAccount(TargetSettings settings, String key, String text) {
    try {
      JsonNode json = JSON.readTree(text);
      if (json != null && json.path("type").asText().equals("service_account")
          && json.hasNonNull("client_email") && json.hasNonNull("private_key")) {
        return Optional.of(json.get("client_email").asText());
      }
    } catch (IOException e) {
      // the same message as a JSON document of the wrong kind; the key's text is never shown
    }
    settings.invalid(key, "'" + key + "' is not a service-account key",
        "the JSON key file of a service account: {\"type\": \"service_account\", \"client_email\": ..., \"private_key\": ...}");
    return Optional.empty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public String defaultSchema(Target target) {
    return new TargetSettings(target).orDefault("dataset", null);
  }

  @Override
  public String catalogQuery(Target target) {
    TargetSettings settings = new TargetSettings(target);
    return CatalogQueries.bigQuery(settings.orDefault("project", ""), settings.orDefault("location", "US"));
  }

  /** IAM permissions are not readable through SQL (they are an API call, testIamPermissions). */
  @Override
  public Optional<Privileges> privileges() {
    return Optional.empty();
  }

  @Override
  public SeedLoader seedLoader() {
    return new InsertSeedLoader(SEED_TYPES);
  }

  @Override
  public Optional<String> explain(Target target, JdbcSettings settings, SQLException e) {
    if (String.valueOf(e.getMessage()).startsWith("No suitable driver")) {
      return Optional.of("Google's BigQuery JDBC driver is not installed: put its jar files in $EBB_DRIVERS_DIR"
          + " (default ~/.ebb/drivers), where the ebb launcher adds them to the class path");
    }
    return Optional.empty();
  }
}
