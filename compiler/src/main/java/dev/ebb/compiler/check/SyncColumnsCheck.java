package dev.ebb.compiler.check;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Model;
import dev.ebb.compiler.model.Sync;
import dev.ebb.destination.api.WriteMode;

/**
 * A sync reads only what its model outputs: a declared primary key, the match column, every
 * mapped column and template variable. Also checks the safety thresholds.
 */
final class SyncColumnsCheck {

  /**
   * @param model the sync's model, or {@code null} when it does not exist
   * @param columns the model's output, or {@code null} when its SQL did not validate
   */
  void check(Sync sync, Model model, OutputColumns columns, Diagnostics diagnostics) {
    threshold(sync, "delete_safety", sync.deleteSafety(), diagnostics);
    threshold(sync, "change_safety", sync.changeSafety(), diagnostics);
    boolean mappingWritten = sync.locations().keys().keySet().stream().anyMatch(k -> k.startsWith("mapping."));
    if (!mappingWritten) {
      diagnostics.error(
          DiagnosticCode.EBB178,
          sync.locations().of("mapping"),
          "sync '" + sync.name() + "' maps no fields",
          "add mapping: with one 'destination_field: model_column' per line");
    }
    if (model != null && model.describedBy().map(p -> p.primaryKey().isEmpty()).orElse(true)) {
      diagnostics.error(
          DiagnosticCode.EBB167,
          sync.locations().of("model"),
          "model '" + model.name() + "' is synced but declares no primary_key",
          "add primary_key: <column> to the model's entry in models/*.yml");
    }
    mirrorMatchesByKey(sync, model, diagnostics);
    if (columns == null) {
      return;
    }
    if (sync.match() != null && !columns.contains(sync.match().column())) {
      diagnostics.error(
          DiagnosticCode.EBB168,
          sync.locations().of("match.column"),
          "match column '" + sync.match().column() + "' is not an output of model '" + columns.model() + "'",
          columns.hint(sync.match().column()));
    }
    for (FieldMapping mapping : sync.mapping()) {
      for (String column : mapping.source().columns()) {
        if (!columns.contains(column)) {
          boolean template = mapping.source() instanceof FieldSource.Template;
          diagnostics.error(
              template ? DiagnosticCode.EBB170 : DiagnosticCode.EBB169,
              sync.locations().of("mapping." + mapping.field()),
              (template ? "the template for '" : "the mapping of '") + mapping.field() + "' reads column '"
                  + column + "', which model '" + columns.model() + "' does not output",
              columns.hint(column));
        }
      }
    }
  }

  /**
   * The snapshot keeps keys and hashes, not values: a mirror run can only delete a record it finds
   * by the primary key, so a mirror sync must match on the (single-column) primary key.
   */
  private static void mirrorMatchesByKey(Sync sync, Model model, Diagnostics diagnostics) {
    if (sync.mode() != WriteMode.MIRROR || model == null || model.properties() == null) {
      return;
    }
    var key = model.properties().primaryKey();
    boolean byKey = key.size() == 1 && (sync.match() == null || sync.match().column().equalsIgnoreCase(key.get(0)));
    if (!key.isEmpty() && !byKey) {
      diagnostics.error(
          DiagnosticCode.EBB166,
          sync.locations().of(sync.match() == null ? "mode" : "match.column"),
          "mode mirror deletes records by the model's primary key, so it needs a single-column primary key"
              + " and no match: on another column",
          "match on '" + String.join(", ", key) + "', or use mode upsert");
    }
  }

  private static void threshold(Sync sync, String key, Double value, Diagnostics diagnostics) {
    if (value != null && !(value > 0 && value <= 1)) {
      diagnostics.error(
          DiagnosticCode.EBB175,
          sync.locations().of(key),
          key + " must be a fraction of the snapshot in (0, 1], not " + value,
          "write 0.10 to stop runs that would affect more than 10% of the records");
    }
  }
}
