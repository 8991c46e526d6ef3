package dev.ebb.compiler.sql;

/**
 * A column of a source table or of a model, as a lineage node.
 *
 * @param relation {@code schema.table} for a source, the model name for a model
 */
public record ColumnRef(Kind kind, String relation, String column) {

  public enum Kind {
    SOURCE,
    MODEL
  }

  public static ColumnRef source(String qualifiedTable, String column) {
    return new ColumnRef(Kind.SOURCE, qualifiedTable, column);
  }

  public static ColumnRef model(String model, String column) {
    return new ColumnRef(Kind.MODEL, model, column);
  }

  @Override
  public String toString() {
    return relation + "." + column;
  }
}
