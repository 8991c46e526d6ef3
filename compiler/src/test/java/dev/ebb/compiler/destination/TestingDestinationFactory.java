package dev.ebb.compiler.destination;

import dev.ebb.destination.api.Capabilities;
import dev.ebb.destination.api.ConfigKey;
import dev.ebb.destination.api.ConfigProblem;
import dev.ebb.destination.api.ConfigSpec;
import dev.ebb.destination.api.ConfigType;
import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.DestinationFactory;
import dev.ebb.destination.api.FieldSpec;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectSpec;
import dev.ebb.destination.api.WriteMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Destination types for compiler tests, declared without I/O: {@code crm} (fixed objects with
 * typed fields, like a SaaS CRM) and {@code table} (any object, any mode, like jdbc). Both are
 * registered in the test class path's {@code META-INF/services}.
 */
public class TestingDestinationFactory implements DestinationFactory {

  private final String type;
  private final ConfigSpec spec;
  private final Capabilities capabilities;

  protected TestingDestinationFactory(String type, ConfigSpec spec, Capabilities capabilities) {
    this.type = type;
    this.spec = spec;
    this.capabilities = capabilities;
  }

  public static List<DestinationFactory> all() {
    return List.of(new Crm(), new Table());
  }

  /** A CRM: {@code contacts} (no mirror) and {@code companies}; base_url must be http(s). */
  public static final class Crm extends TestingDestinationFactory {
    public Crm() {
      super(
          "crm",
          ConfigSpec.of(
              ConfigKey.required("access_token", ConfigType.STRING, "API token").asSecret(),
              ConfigKey.optional("base_url", ConfigType.STRING, "https://crm.example", "API base URL")),
          Capabilities.builder()
              .objects(List.of(
                  new ObjectSpec(
                      "contacts",
                      Set.of(WriteMode.INSERT, WriteMode.UPDATE, WriteMode.UPSERT),
                      List.of(
                          new FieldSpec("email", FieldType.STRING, true),
                          new FieldSpec("first_name", FieldType.STRING, false),
                          new FieldSpec("full_name", FieldType.STRING, false),
                          new FieldSpec("lifetime_value", FieldType.DECIMAL, false),
                          new FieldSpec("customer_number", FieldType.INTEGER, false),
                          new FieldSpec("signed_up_on", FieldType.DATE, false),
                          new FieldSpec("source", FieldType.STRING, false))),
                  new ObjectSpec(
                      "companies",
                      EnumSet.allOf(WriteMode.class),
                      List.of(new FieldSpec("name", FieldType.STRING, true)))))
              .maxBatchSize(100)
              .defaultBatchSize(100)
              .defaultRequestsPerSecond(10)
              .defaultMaxConcurrency(4)
              .build());
    }

    @Override
    public List<ConfigProblem> validate(DestinationConfig config) {
      List<ConfigProblem> problems = new ArrayList<>();
      String url = config.string("base_url").orElse("");
      if (!url.contains("{{env.") && !url.startsWith("http://") && !url.startsWith("https://")) {
        problems.add(new ConfigProblem("base_url", "base_url must be an http(s) URL", "e.g. https://api.crm.example"));
      }
      return problems;
    }
  }

  /** A database table: any object name, every mode. */
  public static final class Table extends TestingDestinationFactory {
    public Table() {
      super(
          "table",
          ConfigSpec.of(
              ConfigKey.required("url", ConfigType.STRING, "JDBC URL"),
              ConfigKey.optional("user", ConfigType.STRING, null, "user name")),
          Capabilities.builder().maxBatchSize(1000).defaultBatchSize(500).defaultMaxConcurrency(2).build());
    }
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String description() {
    return "testing " + type;
  }

  @Override
  public ConfigSpec configSpec() {
    return spec;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public List<ConfigProblem> validate(DestinationConfig config) {
    return List.of();
  }

  @Override
  public Destination open(DestinationConfig config, DestinationContext context) throws DestinationException {
    throw DestinationException.permanent("compiler tests never open destinations", null);
  }
}
