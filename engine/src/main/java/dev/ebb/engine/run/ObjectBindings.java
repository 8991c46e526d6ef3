package dev.ebb.engine.run;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.check.FieldTypes;
import dev.ebb.compiler.diff.SyncDiffSpecs;
import dev.ebb.compiler.model.FieldMapping;
import dev.ebb.compiler.model.FieldSource;
import dev.ebb.compiler.model.Sync;
import dev.ebb.compiler.sql.AnalyzedModel;
import dev.ebb.compiler.sql.OutputColumn;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.ObjectBinding;
import java.util.ArrayList;
import java.util.List;

/** What a destination is told about a sync run: object, mode, match field, typed fields. */
final class ObjectBindings {

  private ObjectBindings() {}

  static ObjectBinding of(Sync sync, String runId, Compilation compilation) {
    AnalyzedModel model = compilation.analysis().model(sync.model()).orElseThrow();
    List<FieldBinding> fields = new ArrayList<>();
    for (FieldMapping line : sync.mapping()) {
      OutputColumn column =
          line.source() instanceof FieldSource.Column c ? model.column(c.column()).orElse(null) : null;
      fields.add(new FieldBinding(line.field(), FieldTypes.ofSource(line.source(), column)));
    }
    String matchField =
        sync.match() != null ? sync.match().field() : matchFieldForKey(sync, compilation);
    return new ObjectBinding(sync.name(), runId, sync.object(), sync.mode(), matchField, fields);
  }

  /** Without {@code match:}, records match by the field the primary key column is mapped to. */
  private static String matchFieldForKey(Sync sync, Compilation compilation) {
    String key = SyncDiffSpecs.primaryKey(compilation.project(), sync).get(0);
    return sync.mapping().stream()
        .filter(line -> line.source() instanceof FieldSource.Column c && c.column().equalsIgnoreCase(key))
        .map(FieldMapping::field)
        .findFirst()
        .orElse(key);
  }
}
