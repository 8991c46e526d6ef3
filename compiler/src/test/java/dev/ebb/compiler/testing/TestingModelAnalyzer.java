package dev.ebb.compiler.testing;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Project;
import dev.ebb.compiler.model.SourceColumn;
import dev.ebb.compiler.model.SourceTable;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.ModelAnalyzer;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.compiler.sql.SqlAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Calcite analyzer in loading and checking tests: understands only {@code
 * SELECT a, t.b, expr AS c FROM schema.table ...}, typing plain column references from the
 * catalog and anything else as VARCHAR. SQL it does not understand is reported as EBB130.
 */
public final class TestingModelAnalyzer implements ModelAnalyzer {

  private static final Pattern SELECT = Pattern.compile("(?is)^\\s*select\\s+(.*?)\\s+from\\s+([\\w.]+).*$");
  private static final Pattern ALIAS = Pattern.compile("(?is)^(.*?)\\s+as\\s+(\\w+)\\s*$");
  private static final Pattern COLUMN_REF = Pattern.compile("^(?:\\w+\\.)?(\\w+)$");

  @Override
  public SqlAnalysis analyze(Project project, Diagnostics diagnostics) {
    Map<String, AnalyzedModel> models = new LinkedHashMap<>();
    for (Model model : project.models()) {
      Matcher select = SELECT.matcher(model.sql().trim());
      if (!select.matches()) {
        diagnostics.error(DiagnosticCode.EBB130, SourceLocation.of(model.file()), "the testing analyzer does not understand this SQL");
        continue;
      }
      List<SourceColumn> catalogColumns = columnsOf(project, select.group(2));
      List<OutputColumn> columns = new ArrayList<>();
      for (String item : select.group(1).split(",")) {
        columns.addAll(output(item.trim(), catalogColumns));
      }
      models.put(model.name(), new AnalyzedModel(model.name(), model.sql(), columns, Set.of(), Set.of(select.group(2))));
    }
    return new SqlAnalysis(models, List.copyOf(models.keySet()));
  }

  private static List<OutputColumn> output(String item, List<SourceColumn> catalogColumns) {
    if (item.equals("*")) {
      return catalogColumns.stream().map(c -> column(c.name(), c.type())).toList();
    }
    Matcher alias = ALIAS.matcher(item);
    String expression = alias.matches() ? alias.group(1).trim() : item;
    Matcher reference = COLUMN_REF.matcher(expression);
    String type =
        reference.matches()
            ? catalogColumns.stream()
                .filter(c -> c.name().equalsIgnoreCase(reference.group(1)))
                .map(SourceColumn::type)
                .findFirst()
                .orElse("VARCHAR")
            : "VARCHAR";
    String name = alias.matches() ? alias.group(2) : reference.matches() ? reference.group(1) : expression;
    return List.of(column(name, type.toUpperCase(Locale.ROOT)));
  }

  private static OutputColumn column(String name, String type) {
    return new OutputColumn(name, type, true, List.of(), List.of());
  }

  private static List<SourceColumn> columnsOf(Project project, String table) {
    Optional<SourceTable> found =
        project.catalog().tables().stream().filter(t -> t.qualifiedName().equalsIgnoreCase(table)).findFirst();
    return found.map(SourceTable::columns).orElse(List.of());
  }
}
