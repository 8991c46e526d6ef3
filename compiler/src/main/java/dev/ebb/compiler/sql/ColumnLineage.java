package dev.ebb.compiler.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.metadata.RelColumnOrigin;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexVisitorImpl;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Which source or model columns each output column of a validated query is computed from, using
 * Calcite's column origins on the query's relational plan.
 */
final class ColumnLineage {

  private static final Comparator<ColumnRef> ORDER = Comparator.comparing(ColumnRef::relation).thenComparing(ColumnRef::column);
  // Without simplification: RelBuilder would reduce constant expressions (a CASE's literals) by
  // generating and compiling Java code with Janino, once per model, which cost more than the rest
  // of the lineage together; origins need the plan as written, not simplified.
  private static final SqlToRelConverter.Config CONVERTER =
      SqlToRelConverter.config().withTrimUnusedFields(false).withExpand(false).withRelBuilderConfigTransform(c -> c.withSimplify(false));

  private ColumnLineage() {}

  /** For each output column, in order, the columns it reads directly. */
  static List<List<ColumnRef>> directOrigins(SqlValidator validator, CalciteCatalogReader catalogReader, SqlNode validated) {
    RelOptCluster cluster = RelOptCluster.create(new HepPlanner(HepProgram.builder().build()), new RexBuilder(WarehouseSql.TYPE_FACTORY));
    SqlToRelConverter converter =
        new SqlToRelConverter(
            (rowType, queryString, schemaPath, viewPath) -> {
              throw new UnsupportedOperationException("ebb catalogs have no views");
            },
            validator,
            catalogReader,
            cluster,
            StandardConvertletTable.INSTANCE,
            CONVERTER);
    RelNode rel = converter.convertQuery(validated, false, true).project();
    RelMetadataQuery metadata = cluster.getMetadataQuery();
    List<List<ColumnRef>> result = new ArrayList<>();
    for (int i = 0; i < rel.getRowType().getFieldCount(); i++) {
      Set<ColumnRef> refs = new TreeSet<>(ORDER);
      origins(metadata, rel, i).forEach(origin -> refs.add(toRef(origin)));
      result.add(List.copyOf(refs));
    }
    return result;
  }

  /**
   * Calcite answers null when it cannot follow a column (some expressions and operators); then
   * the columns the expression reads are followed instead, so lineage is never silently empty.
   */
  private static Set<RelColumnOrigin> origins(RelMetadataQuery metadata, RelNode rel, int column) {
    Set<RelColumnOrigin> origins = metadata.getColumnOrigins(rel, column);
    if (origins != null) {
      return origins;
    }
    Set<RelColumnOrigin> collected = new java.util.HashSet<>();
    if (rel instanceof Project project) {
      for (int input : inputRefs(project.getProjects().get(column))) {
        collected.addAll(origins(metadata, project.getInput(), input));
      }
    } else if (rel instanceof Filter || rel instanceof Sort) {
      collected.addAll(origins(metadata, rel.getInput(0), column));
    }
    return collected;
  }

  private static Set<Integer> inputRefs(RexNode expression) {
    Set<Integer> refs = new TreeSet<>();
    expression.accept(
        new RexVisitorImpl<Void>(true) {
          @Override
          public Void visitInputRef(RexInputRef inputRef) {
            refs.add(inputRef.getIndex());
            return null;
          }
        });
    return refs;
  }

  private static ColumnRef toRef(RelColumnOrigin origin) {
    RelOptTable table = origin.getOriginTable();
    List<String> names = table.getQualifiedName();
    String column = table.getRowType().getFieldList().get(origin.getOriginColumnOrdinal()).getName();
    return names.size() == 1 ? ColumnRef.model(names.get(0), column) : ColumnRef.source(String.join(".", names), column);
  }
}
