package dev.ebb.compiler.diff;

import java.util.List;

/**
 * One statement of a diff plan. Values are never spliced into the text: each {@code ?} is bound,
 * in order, to the value the runner holds for the corresponding {@link Param}.
 *
 * @param name a stable name (the template's), shown in compiled files and error messages
 */
public record SqlStatement(String name, String sql, List<Param> params) {

  public SqlStatement {
    params = List.copyOf(params);
  }

  /** The bind parameters a diff statement can take. */
  public enum Param {
    /** Read the diff after this sequence number (exclusive); 0 reads from the start. */
    AFTER_SEQ,
    /** Rows per page when reading the diff. */
    PAGE_SIZE,
    /** Commit the diff up to this sequence number (inclusive): the last checkpoint. */
    UP_TO_SEQ,
    /** A key the destination did not accept, as read from the diff's key column. */
    FAILED_KEY
  }
}
