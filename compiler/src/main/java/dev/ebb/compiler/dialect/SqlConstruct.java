package dev.ebb.compiler.dialect;

/**
 * A construct of model SQL that some warehouse has no way to write with the meaning it has in the
 * model. Compiled SQL is the user's SQL, so a model using one is an error for that warehouse
 * rather than a silent rewrite into something close.
 */
public enum SqlConstruct {
  NATURAL_JOIN("NATURAL JOIN", "name the join columns: JOIN ... USING (column, ...)"),
  ILIKE("ILIKE", "compare lower-cased text: LOWER(x) LIKE LOWER(pattern)"),
  /** {@code UNNEST(array)}, a table of the array's elements. */
  UNNEST("UNNEST", "read the array with the warehouse's own construct (Snowflake: LATERAL FLATTEN, Databricks: explode)"),
  /** {@code INTERVAL n DAY} where n is an expression, not a literal. */
  INTERVAL_EXPRESSION("an INTERVAL of a computed quantity", "use the warehouse's date function (e.g. DATEADD) or a literal INTERVAL"),
  /** {@code INTERVAL '1-2' YEAR TO MONTH}: a literal spanning several units. */
  INTERVAL_RANGE("an INTERVAL literal spanning several units", "add one INTERVAL per unit: INTERVAL '1' YEAR + INTERVAL '2' MONTH");

  private final String description;
  private final String hint;

  SqlConstruct(String description, String hint) {
    this.description = description;
    this.hint = hint;
  }

  /** What to write instead. */
  public String hint() {
    return hint;
  }

  /** How a diagnostic names it. */
  public String description() {
    return description;
  }
}
