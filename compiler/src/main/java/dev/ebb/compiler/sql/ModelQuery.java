package dev.ebb.compiler.sql;

import java.util.List;
import java.util.Set;

/**
 * A model's compiled query, in the two parts a statement that embeds it needs: the common table
 * expressions it defines, and its body. On warehouses that accept a nested WITH the CTEs stay in
 * the body and the list is empty; on those that do not (Redshift), a statement reading the model
 * puts these CTEs in its own, top-level WITH, and the body in place of the model.
 *
 * @param ctes each CTE as {@code "name" AS (...)}, in order
 * @param body a query without a WITH when {@code ctes} is not empty
 * @param recursive whether the CTEs need {@code WITH RECURSIVE}: one of them reads itself
 */
public record ModelQuery(List<String> ctes, String body, boolean recursive) {

  /**
   * Names the statements embedding a model give their own CTEs ({@code create_diff}): a model's
   * CTEs moved up next to them never take these.
   */
  public static final Set<String> STATEMENT_CTE_NAMES = Set.of("ebb_current", "ebb_changes");

  public ModelQuery {
    ctes = List.copyOf(ctes);
  }

  public ModelQuery(List<String> ctes, String body) {
    this(ctes, body, false);
  }

  /** A query embedded as it is. */
  public static ModelQuery of(String sql) {
    return new ModelQuery(List.of(), sql);
  }

  /** The whole query, as {@code model.sql} shows it. */
  public String sql() {
    return withClause() + body;
  }

  /** {@code WITH} and the CTEs, ending with a line break, for a statement without a WITH of its own; or nothing. */
  public String withClause() {
    return ctes.isEmpty() ? "" : withKeyword() + "\n" + String.join(",\n", ctes) + "\n";
  }

  /** What opens a WITH holding these CTEs: {@code WITH}, or {@code WITH RECURSIVE}. */
  public String withKeyword() {
    return recursive ? "WITH RECURSIVE" : "WITH";
  }

  /** The CTEs and a comma, for the start of a statement's own WITH list; or nothing. */
  public String leadingCtes() {
    return ctes.isEmpty() ? "" : String.join(",\n", ctes) + ",\n";
  }
}
