package dev.ebb.compiler.modeltest;

import dev.ebb.compiler.model.ColumnTest;

/**
 * One data test of a model column as SQL for one warehouse.
 *
 * @param name stable and readable, e.g. {@code not_null__customer_lifetime_value__email}
 * @param failuresSql returns one row with one column: the number of offending rows (or values)
 * @param samplesSql returns up to 10 offending values, to show the user
 */
public record ModelTestQuery(
    String name, String model, String column, ColumnTest.Kind kind, String failuresSql, String samplesSql) {}
