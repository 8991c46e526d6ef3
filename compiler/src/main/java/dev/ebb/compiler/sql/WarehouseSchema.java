package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.Catalog;
import dev.ebb.compiler.model.SourceColumn;
import dev.ebb.compiler.model.SourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * What a model can select from: the catalog's tables in one schema each, and the models validated
 * so far at the root, so that models are referenced by bare name.
 */
final class WarehouseSchema {

  private final CalciteSchema root = CalciteSchema.createRootSchema(false, false);
  private final CalciteCatalogReader catalogReader =
      new CalciteCatalogReader(root, List.of(), WarehouseSql.TYPE_FACTORY, WarehouseSql.CONNECTION);

  private final List<String> sourceTableNames = new ArrayList<>();

  private WarehouseSchema() {}

  /** Reports each column type that cannot be read (EBB117); such a column accepts any use. */
  static WarehouseSchema of(Catalog catalog, Diagnostics diagnostics) {
    WarehouseSchema schema = new WarehouseSchema();
    RelDataTypeFactory types = WarehouseSql.TYPE_FACTORY;
    for (SourceTable table : catalog.tables()) {
      RelDataTypeFactory.Builder row = types.builder();
      for (SourceColumn column : table.columns()) {
        Optional<RelDataType> type = CatalogTypes.parse(column.type());
        // A missing type was already reported by the loader (EBB105): no second error.
        if (type.isEmpty() && column.type() != null) {
          diagnostics.error(
              DiagnosticCode.EBB117,
              column.locations().of("type"),
              "unknown type '" + column.type() + "' for column " + table.qualifiedName() + "." + column.name(),
              "use a SQL type such as BIGINT, VARCHAR, DECIMAL(38, 9), BOOLEAN, DATE, TIMESTAMP, DOUBLE");
        }
        row.add(column.name(), type.orElseGet(() -> types.createTypeWithNullability(types.createSqlType(SqlTypeName.ANY), true)));
      }
      CalciteSchema parent = table.database() == null ? schema.root : schemaFor(schema.root, table.database());
      schemaFor(parent, table.schema()).add(table.name(), new FixedTable(row.build()));
      schema.sourceTableNames.add(table.qualifiedName());
    }
    return schema;
  }

  void addModel(String name, RelDataType rowType) {
    root.add(name, new FixedTable(rowType));
  }

  CalciteCatalogReader catalogReader() {
    return catalogReader;
  }

  /** Every table name the catalog declares, as {@code schema.table} or {@code database.schema.table}. */
  List<String> sourceTableNames() {
    return List.copyOf(sourceTableNames);
  }

  /** A schema of a database, or of the connection's own one: {@code database.schema.table} resolves through both. */
  private static CalciteSchema schemaFor(CalciteSchema parent, String name) {
    CalciteSchema existing = parent.getSubSchema(name, false);
    return existing != null ? existing : parent.add(name, new AbstractSchema());
  }

  /** A table known only by its row type: enough to validate and to trace column origins. */
  private static final class FixedTable extends AbstractTable {
    private final RelDataType rowType;

    FixedTable(RelDataType rowType) {
      this.rowType = rowType;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
      return rowType;
    }
  }
}
