package dev.ebb.compiler.check;

import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.compiler.yaml.DidYouMean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A model's output columns, looked up the way SQL resolves unquoted names: ignoring case. */
final class OutputColumns {

  private final String model;
  private final Map<String, OutputColumn> byName = new LinkedHashMap<>();

  OutputColumns(AnalyzedModel analyzed) {
    this.model = analyzed.name();
    for (OutputColumn column : analyzed.columns()) {
      byName.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column);
    }
  }

  String model() {
    return model;
  }

  Optional<OutputColumn> find(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  boolean contains(String name) {
    return byName.containsKey(name.toLowerCase(Locale.ROOT));
  }

  List<String> names() {
    return byName.values().stream().map(OutputColumn::name).toList();
  }

  /** The did-you-mean hint for a missing column, or the list of columns when nothing is close. */
  String hint(String missing) {
    String hint = DidYouMean.hint(missing, names());
    return hint != null ? hint : "model '" + model + "' outputs: " + String.join(", ", names());
  }
}
