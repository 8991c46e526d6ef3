package dev.ebb.engine.plan;

import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.destination.api.OutboundRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ebb plan --format markdown}: a pull-request comment. A summary table, the definition
 * changes, then one collapsible section per sync with its guards, tests and sample records.
 */
public final class MarkdownPlanRenderer {

  public String render(ProjectPlan plan) {
    StringBuilder out = new StringBuilder();
    long blocked = plan.syncs().stream().filter(SyncPlan::blocked).count();
    out.append("### ebb plan: `").append(plan.target()).append("` (").append(plan.warehouseType()).append(")\n\n");
    out.append(blocked == 0
        ? "No sync would stop. Nothing was sent.\n\n"
        : "**" + blocked + " of " + plan.syncs().size() + " syncs would stop before sending anything.** Nothing was sent.\n\n");
    if (!plan.syncs().isEmpty()) {
      out.append("| | sync | destination | mode | added | changed | removed | unchanged | sends | API calls |\n");
      out.append("|---|---|---|---|--:|--:|--:|--:|---|--:|\n");
      for (SyncPlan sync : plan.syncs()) {
        boolean diffed = sync.counts() != null;
        out.append("| ").append(sync.blocked() ? "⛔" : "✅")
            .append(" | `").append(sync.sync()).append('`')
            .append(" | `").append(sync.destination()).append('.').append(escape(sync.object())).append('`')
            .append(" | ").append(sync.mode().name().toLowerCase(Locale.ROOT))
            .append(" | ").append(diffed ? sync.counts().added() : "–")
            .append(" | ").append(diffed ? sync.counts().changed() : "–")
            .append(" | ").append(diffed ? sync.counts().removed() : "–")
            .append(" | ").append(diffed ? sync.counts().unchanged() : "–")
            .append(" | ").append(diffed ? PlanPhrases.operations(sync) : "–")
            .append(" | ").append(sync.apiCalls() == null ? "–" : sync.apiCalls().requests())
            .append(" |\n");
      }
      out.append('\n');
    }
    plan.definitionChanges().ifPresent(changes -> changes(out, changes));
    for (SyncPlan sync : plan.syncs()) {
      details(out, sync);
    }
    return out.toString();
  }

  private static void changes(StringBuilder out, DefinitionChanges changes) {
    out.append("**Definitions changed since `").append(changes.ref()).append("`**\n\n");
    if (changes.reasons().isEmpty() && changes.removed().isEmpty()) {
      out.append("- none\n");
    }
    changes.reasons().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append("- `")
        .append(e.getKey()).append("`: ").append(String.join(", ", e.getValue())).append('\n'));
    changes.removed().forEach(name -> out.append("- `").append(name).append("`: removed (no longer synced)\n"));
    out.append('\n');
  }

  private static void details(StringBuilder out, SyncPlan plan) {
    out.append("<details><summary>").append(plan.blocked() ? "⛔ " : "").append("<code>").append(plan.sync())
        .append("</code>: ").append(plan.error() != null ? "could not be planned" : plan.toSend() + " records to send")
        .append("</summary>\n\n");
    if (plan.error() != null) {
      out.append("- Error: ").append(escape(plan.error())).append("\n\n</details>\n\n");
      return;
    }
    out.append("- Model `").append(plan.model()).append("`: ").append(plan.modelRows()).append(" rows; ")
        .append(plan.snapshotRows()).append(" delivered before\n");
    if (plan.counts() != null) {
      out.append("- Diff: ").append(PlanPhrases.diff(plan.counts())).append("; sends ").append(PlanPhrases.operations(plan)).append('\n');
    }
    if (plan.mappingChanged()) {
      out.append("- Mapping: ").append(PlanPhrases.MAPPING_CHANGED).append('\n');
    }
    for (String guard : PlanPhrases.guards(plan)) {
      out.append("- Guard: ").append(escape(guard)).append('\n');
    }
    for (DataTestResult test : plan.dataTests()) {
      out.append("- Data test `").append(test.name()).append("`: ")
          .append(test.passed() ? "passed" : "**failed**, " + test.failing() + " rows (e.g. " + escape(String.join(", ", test.samples())) + ")")
          .append('\n');
    }
    if (plan.apiCalls() != null) {
      out.append("- API calls: ").append(PlanPhrases.apiCalls(plan.apiCalls(), "`" + plan.destination() + "`")).append('\n');
    }
    for (DiffOp op : DiffOp.values()) {
      List<OutboundRecord> samples = plan.samples(op);
      if (!samples.isEmpty()) {
        out.append("\nSample ").append(op.sqlValue()).append(" records (").append(samples.size()).append(" of ")
            .append(plan.counts().count(op)).append("):\n\n```json\n");
        samples.forEach(r -> out.append(PlanPhrases.record(r)).append('\n'));
        out.append("```\n");
      }
    }
    out.append("\n</details>\n\n");
  }

  /** Table cells and list items must not break the markdown. */
  private static String escape(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
