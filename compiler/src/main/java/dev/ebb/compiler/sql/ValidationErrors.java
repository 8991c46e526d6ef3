package dev.ebb.compiler.sql;

import static dev.ebb.compiler.text.Messages.firstLine;

import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;

/**
 * Turns Calcite's validation errors into ebb diagnostics: a stable code chosen from the kind of
 * error, the position mapped back to the user's file, and a "did you mean" where one helps.
 */
final class ValidationErrors {

  private static final Pattern COLUMN_NOT_FOUND =
      Pattern.compile("Column '([^']*)' not found in (?:any table|table '([^']*)')(?:; did you mean '([^']*)'\\?)?");
  private static final Pattern OBJECT_NOT_FOUND =
      Pattern.compile("(?:Object|Table) '([^']*)' not found(?: within '([^']*)')?(?:; did you mean '([^']*)'\\?)?");
  private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("No match found for function signature (.*)");
  private static final Pattern CANNOT_APPLY = Pattern.compile("Cannot apply '([^']*)' to arguments of type '(.*)'");
  private static final Pattern AMBIGUOUS = Pattern.compile("Column '([^']*)' is ambiguous");
  private static final Pattern TYPE_ERROR =
      Pattern.compile("(?i)cannot apply|type mismatch|incompatible|not comparable|cannot infer|cannot assign|cannot be cast|cannot cast|operand types|datatype|must have compatible types|of type");

  /**
   * What a model's validation can refer to.
   *
   * @param columnsOf the columns of a source ({@code schema.table}) or model, empty when unknown
   * @param tableNames every model name and source {@code schema.table}
   */
  record Context(
      RenderedSql sql, TableReferences references, Function<String, List<String>> columnsOf, Collection<String> tableNames, WarehouseRules rules) {}

  private ValidationErrors() {}

  static Diagnostic toDiagnostic(CalciteContextException error, Context context) {
    SourceLocation at = context.sql().locate(error.getPosLine(), error.getPosColumn());
    String message = error.getCause() != null && error.getCause().getMessage() != null ? error.getCause().getMessage() : error.getMessage();
    Matcher column = COLUMN_NOT_FOUND.matcher(message);
    if (column.find()) {
      return columnNotFound(column.group(1), column.group(2), column.group(3), at, context);
    }
    Matcher object = OBJECT_NOT_FOUND.matcher(message);
    if (object.find()) {
      String name = writtenReference(error, context).orElse(object.group(2) == null ? object.group(1) : object.group(2) + "." + object.group(1));
      String hint = Suggestions.closest(name, context.tableNames()).map(s -> "did you mean '" + s + "'?").orElseGet(() -> tableHint(name));
      return Diagnostic.error(DiagnosticCode.EBB132, at, "table or model '" + name + "' not found", hint);
    }
    Matcher ambiguous = AMBIGUOUS.matcher(message);
    if (ambiguous.find()) {
      return Diagnostic.error(
          DiagnosticCode.EBB133, at, "column '" + ambiguous.group(1) + "' is ambiguous", "qualify it with a table alias, e.g. 't." + ambiguous.group(1) + "'");
    }
    Matcher function = UNKNOWN_FUNCTION.matcher(message);
    if (function.find()) {
      String name = function.group(1).replaceAll("\\(.*", "").trim();
      Optional<String> equivalent = context.rules().missingFunction(name);
      if (equivalent.isPresent()) {
        return Diagnostic.error(
            DiagnosticCode.EBB140, at, "function " + name.toUpperCase(Locale.ROOT) + " does not exist on " + context.rules().name(), equivalent.get());
      }
      return Diagnostic.error(
          DiagnosticCode.EBB135, at, "no function matches " + function.group(1), "check the function name and its argument types");
    }
    if (TYPE_ERROR.matcher(message).find()) {
      return Diagnostic.error(DiagnosticCode.EBB134, at, typeMessage(message), "add an explicit CAST(... AS type)");
    }
    return Diagnostic.error(DiagnosticCode.EBB135, at, lowerFirst(withoutClassNames(firstLine(message))));
  }

  /**
   * One line for a type error: Calcite appends every form the operator supports ("Supported
   * form(s): ..."), one per line, which says more about Calcite than about the model.
   */
  private static String typeMessage(String message) {
    String line = firstLine(message);
    int forms = line.indexOf(". Supported form(s)");
    if (forms >= 0) {
      line = line.substring(0, forms);
    }
    Matcher apply = CANNOT_APPLY.matcher(line);
    if (apply.matches()) {
      return "cannot apply '" + apply.group(1) + "' to " + apply.group(2).replaceAll("<([^<>]+)>", "$1");
    }
    return lowerFirst(line);
  }

  /** A message without the Java class names some of Calcite's messages carry. */
  static String withoutClassNames(String message) {
    if (message == null) {
      return "unsupported construct";
    }
    return message.replaceAll(" \\([^()]* in (?:unnamed )?module[^()]*\\)", "").replaceAll("(?:class |interface )?(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1");
  }

  private static Diagnostic columnNotFound(String name, String alias, String calciteSuggestion, SourceLocation at, Context context) {
    List<String> relations = new ArrayList<>();
    if (alias != null) {
      relations.add(context.references().aliases().getOrDefault(alias.toLowerCase(Locale.ROOT), alias));
    } else {
      new LinkedHashSet<>(context.references().aliases().values()).forEach(relations::add);
    }
    Set<String> candidates = new LinkedHashSet<>();
    relations.forEach(r -> candidates.addAll(context.columnsOf().apply(r)));
    String suggestion = calciteSuggestion != null ? calciteSuggestion : Suggestions.closest(name, candidates).orElse(null);
    String where =
        relations.isEmpty() ? "any table" : relations.size() == 1 ? relations.get(0) : "any of " + String.join(", ", relations);
    String hint = suggestion != null ? "did you mean '" + suggestion + "'?" : null;
    return Diagnostic.error(DiagnosticCode.EBB104, at, "column '" + name + "' not found in " + where, hint);
  }

  /**
   * The table name as written at the error: Calcite names only the part it could not resolve,
   * the database of {@code db.schema.table}.
   */
  private static Optional<String> writtenReference(CalciteContextException error, Context context) {
    return context.references().references().stream()
        .filter(ref -> ref.identifier().getParserPosition().getLineNum() == error.getPosLine()
            && ref.identifier().getParserPosition().getColumnNum() == error.getPosColumn())
        .map(ref -> String.join(".", ref.names()))
        .findFirst();
  }

  private static String tableHint(String name) {
    String[] parts = name.split("\\.");
    if (parts.length == 3) {
      return "a three-part name reads database.schema.table: declare the table in sources.yml under a source with database: "
          + parts[0] + " and schema: " + parts[1];
    }
    return name.contains(".")
        ? "declare the table in sources.yml (or run 'ebb catalog pull')"
        : "models are referenced by file name; sources by schema.table";
  }

  private static String lowerFirst(String message) {
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
