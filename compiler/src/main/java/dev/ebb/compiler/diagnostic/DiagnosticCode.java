package dev.ebb.compiler.diagnostic;

/**
 * The stable catalog of diagnostic codes. A code is never reused for a different meaning: retire
 * it instead. EBB1xx are compile-time problems, EBB2xx runtime problems.
 *
 * <p>Ranges: 100–129 project files and YAML, 130–159 SQL, 160–189 syncs and destinations, 190–199
 * selection and git state; 230–239 warehouse targets in profiles.yml.
 */
public enum DiagnosticCode {
  // --- project files and YAML
  EBB100("file-unreadable", "a project file cannot be read"),
  EBB101("yaml-syntax", "the file is not valid YAML"),
  EBB102("unknown-key", "a key that is not part of the format"),
  EBB103("wrong-type", "a value of the wrong type or an invalid value"),
  EBB104("column-not-found", "a SQL column that does not exist"),
  EBB105("missing-key", "a required key is missing"),
  EBB106("duplicate-name", "two definitions share one name"),
  EBB107("unsafe-yaml", "YAML tags, alias bombs or oversized documents"),
  EBB108("undefined-var", "a {{vars.x}} reference to an undefined project var"),
  EBB109("undefined-env", "an {{env.X}} reference to an unset environment variable"),
  EBB110("missing-project-file", "ebb_project.yml or another required file is missing"),
  EBB111("profile", "the profile or target cannot be resolved"),
  EBB112("invalid-name", "a name that is not a valid identifier"),
  EBB113("unknown-model-properties", "properties describe a model that has no SQL file"),
  EBB114("unknown-property-column", "properties describe a column the model does not output"),
  EBB115("invalid-test", "an unknown or malformed model test"),
  EBB116("catalog", "the catalog file (sources.yml or a pulled catalog) is invalid"),
  EBB117("unknown-type", "an unknown SQL type in the catalog"),
  EBB118("file-too-large", "a project file larger than ebb reads"),
  EBB119("nesting-too-deep", "SQL nested deeper than ebb parses"),

  // --- SQL
  EBB130("sql-syntax", "the model SQL does not parse"),
  EBB131("not-select", "a model is not a single SELECT statement"),
  EBB132("table-not-found", "a table or model that does not exist"),
  EBB133("ambiguous-column", "a column name that matches several tables"),
  EBB134("sql-type", "a SQL type error"),
  EBB135("sql-invalid", "SQL that does not validate for another reason"),
  EBB136("model-cycle", "models that reference each other in a cycle"),
  EBB137("empty-model", "a model file without SQL"),
  EBB138("duplicate-output-column", "a model that outputs two columns with one name"),
  EBB139("unnamed-output-column", "a model output expression without an alias"),
  EBB140("function-not-on-target", "a function the target warehouse does not have"),
  EBB141("syntax-not-on-target", "SQL syntax the target warehouse does not accept"),
  EBB142("not-validated", "a model left unvalidated because a model it reads is invalid"),
  EBB143("unknown-dialect", "a dialect setting that names no supported warehouse"),
  EBB144("type-not-on-target", "a type name the target warehouse does not know"),

  // --- model SQL written for one warehouse
  EBB150("unwritable-sql", "model SQL the target warehouse has no construct for"),
  EBB151("unwritable-interval", "an INTERVAL the target warehouse cannot write"),

  // --- syncs and destinations
  EBB160("unknown-model", "a sync references a model that does not exist"),
  EBB161("unknown-destination", "a sync references a destination that does not exist"),
  EBB162("unknown-sync", "a reference to a sync that does not exist"),
  EBB163("invalid-cron", "a schedule that is not a valid cron expression"),
  EBB164("unknown-mode", "a sync mode that does not exist"),
  EBB165("unknown-destination-type", "a destination type that no plugin provides"),
  EBB166("unsupported-mode", "a mode the destination type or object does not support"),
  EBB167("primary-key", "a missing or unknown primary key"),
  EBB168("match-column", "a match column that the model does not output"),
  EBB169("mapped-column", "a mapping that reads a column the model does not output"),
  EBB170("template", "a mapping template that does not parse or reads unknown columns"),
  EBB171("constant", "a malformed constant in a mapping"),
  EBB172("destination-config", "an unknown, missing or invalid destination config key"),
  EBB173("required-field", "a required destination field is not mapped"),
  EBB174("field-type", "a mapped column type is incompatible with the destination field"),
  EBB175("safety-threshold", "delete_safety or change_safety outside 0..1"),
  EBB176("schedule-cycle", "syncs whose after: schedules form a cycle"),
  EBB177("unknown-object", "an object the destination type does not offer"),
  EBB178("empty-mapping", "a sync that maps no fields"),
  EBB179("path-outside-project", "a file destination path that leaves the project folder"),
  EBB180("blocked-address", "a webhook URL that is not http(s) or points at a link-local or metadata address"),
  EBB181("header-value", "a header value with a line break"),
  EBB182("template-partial", "a destination template that includes a partial ({{> file}})"),

  // --- selection and git state
  EBB190("selection", "a --select/--exclude selector that is malformed or matches nothing"),
  EBB191("git-state", "the git ref given to --state cannot be read"),

  // --- warehouse targets (profiles.yml)
  EBB230("target-missing-setting", "a warehouse target lacks a setting its type requires"),
  EBB231("target-invalid-setting", "a warehouse target setting with an invalid value, or settings that exclude each other"),
  EBB232("target-unknown-setting", "a warehouse target setting its type does not read"),
  EBB233("target-unknown-type", "a warehouse target type ebb cannot connect to");

  private final String slug;
  private final String summary;

  DiagnosticCode(String slug, String summary) {
    this.slug = slug;
    this.summary = summary;
  }

  public String id() {
    return name();
  }

  /** A short kebab-case name, stable like the code, used in JSON output. */
  public String slug() {
    return slug;
  }

  public String summary() {
    return summary;
  }
}
