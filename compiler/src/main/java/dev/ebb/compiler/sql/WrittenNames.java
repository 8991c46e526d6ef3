package dev.ebb.compiler.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * The output column names a query's select list gives before validation. Calcite makes duplicate
 * names unique ({@code id}, {@code id0}), which would hide a duplicate from the user.
 */
final class WrittenNames {

  private WrittenNames() {}

  /** One entry per select item (null: no name written), or empty when a star hides the count. */
  static List<String> of(SqlNode query) {
    List<String> names = new ArrayList<>();
    for (SqlNode item : OutputColumns.selectItems(query)) {
      if (item.getKind() == SqlKind.AS) {
        names.add(((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple());
      } else if (item instanceof SqlIdentifier identifier) {
        if (identifier.isStar()) {
          return List.of();
        }
        names.add(identifier.names.get(identifier.names.size() - 1));
      } else {
        names.add(null);
      }
    }
    return names;
  }
}
