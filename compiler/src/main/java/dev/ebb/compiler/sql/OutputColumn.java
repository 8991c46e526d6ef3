package dev.ebb.compiler.sql;

import java.util.List;

/**
 * A column a model outputs, with its type and where its values come from.
 *
 * @param type the SQL type as Calcite derives it, e.g. {@code BIGINT}, {@code VARCHAR}, {@code
 *     DECIMAL(19, 2)}, {@code TIMESTAMP(0)}
 * @param directOrigins the columns of sources or upstream models this column is computed from
 * @param sourceOrigins the source-table columns it ultimately comes from, through any number of
 *     upstream models
 */
public record OutputColumn(
    String name,
    String type,
    boolean nullable,
    List<ColumnRef> directOrigins,
    List<ColumnRef> sourceOrigins) {

  public OutputColumn {
    directOrigins = List.copyOf(directOrigins);
    sourceOrigins = List.copyOf(sourceOrigins);
  }
}
