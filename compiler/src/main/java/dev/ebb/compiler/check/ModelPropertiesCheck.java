package dev.ebb.compiler.check;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostic;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.Severity;
import dev.ebb.compiler.model.ColumnProperties;
import dev.ebb.compiler.model.ModelProperties;

/** A model's properties describe columns it outputs, and its primary key is among them. */
final class ModelPropertiesCheck {

  void check(ModelProperties properties, OutputColumns columns, Diagnostics diagnostics) {
    for (String key : properties.primaryKey()) {
      if (!columns.contains(key)) {
        diagnostics.error(
            DiagnosticCode.EBB167,
            properties.locations().of("primary_key"),
            "primary key column '" + key + "' is not an output of model '" + columns.model() + "'",
            columns.hint(key));
      }
    }
    for (ColumnProperties column : properties.columns()) {
      if (!columns.contains(column.name())) {
        diagnostics.add(
            new Diagnostic(
                Severity.WARNING,
                DiagnosticCode.EBB114,
                properties.locations().of("columns." + column.name()),
                "properties describe column '" + column.name() + "', which model '" + columns.model()
                    + "' does not output",
                columns.hint(column.name())));
      }
    }
  }
}
