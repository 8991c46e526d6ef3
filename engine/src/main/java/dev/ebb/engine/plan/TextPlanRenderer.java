package dev.ebb.engine.plan;

import dev.ebb.compiler.diff.DiffOp;
import dev.ebb.destination.api.OutboundRecord;
import java.util.List;
import java.util.Locale;

/** {@code ebb plan} for the terminal: a block per sync, then a summary line. */
public final class TextPlanRenderer {

  public String render(ProjectPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("plan against target ").append(plan.target()).append(" (").append(plan.warehouseType()).append("): nothing is sent\n");
    plan.definitionChanges().ifPresent(changes -> changes(out, changes));
    if (plan.syncs().isEmpty()) {
      return out.append("\nnothing selected to plan\n").toString();
    }
    for (SyncPlan sync : plan.syncs()) {
      sync(out, sync);
    }
    long blocked = plan.syncs().stream().filter(SyncPlan::blocked).count();
    long records = plan.syncs().stream().mapToLong(SyncPlan::toSend).sum();
    out.append(String.format(Locale.ROOT, "%n%d syncs planned, %d records to send, %d would stop%n",
        plan.syncs().size(), records, blocked));
    return out.toString();
  }

  private static void changes(StringBuilder out, DefinitionChanges changes) {
    out.append("\ndefinitions changed since ").append(changes.ref()).append(":\n");
    if (changes.reasons().isEmpty() && changes.removed().isEmpty()) {
      out.append("  none\n");
    }
    changes.reasons().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> out.append("  ").append(e.getKey()).append(": ").append(String.join(", ", e.getValue())).append('\n'));
    changes.removed().forEach(name -> out.append("  ").append(name).append(": removed (no longer synced)\n"));
  }

  private static void sync(StringBuilder out, SyncPlan plan) {
    out.append(String.format(Locale.ROOT, "%n%s  %s -> %s.%s (%s)%s%n", plan.blocked() ? "STOP" : "ok  ", plan.sync(),
        plan.destination(), plan.object(), plan.mode().name().toLowerCase(Locale.ROOT), plan.blocked() ? ": a run would stop" : ""));
    if (plan.error() != null) {
      out.append("  error: ").append(plan.error()).append('\n');
      return;
    }
    out.append(String.format(Locale.ROOT, "  model:      %d rows; %d delivered before%n", plan.modelRows(), plan.snapshotRows()));
    if (plan.counts() != null) {
      out.append("  diff:       ").append(PlanPhrases.diff(plan.counts())).append('\n');
      out.append("  sends:      ").append(PlanPhrases.operations(plan)).append('\n');
    }
    if (plan.mappingChanged()) {
      out.append("  mapping:    ").append(PlanPhrases.MAPPING_CHANGED).append('\n');
    }
    List<String> guards = PlanPhrases.guards(plan);
    for (int i = 0; i < guards.size(); i++) {
      out.append(i == 0 ? "  guards:     " : "              ").append(guards.get(i)).append('\n');
    }
    if (!plan.dataTests().isEmpty()) {
      long passed = plan.dataTests().stream().filter(DataTestResult::passed).count();
      out.append(String.format(Locale.ROOT, "  data tests: %d of %d passed%n", passed, plan.dataTests().size()));
      plan.dataTests().stream().filter(t -> !t.passed()).forEach(t -> out.append(String.format(Locale.ROOT,
          "              FAIL %s: %d rows (e.g. %s)%n", t.name(), t.failing(), String.join(", ", t.samples()))));
    }
    if (plan.apiCalls() != null) {
      out.append("  api calls:  ").append(PlanPhrases.apiCalls(plan.apiCalls(), plan.destination())).append('\n');
    }
    for (DiffOp op : DiffOp.values()) {
      List<OutboundRecord> samples = plan.samples(op);
      if (!samples.isEmpty()) {
        out.append(String.format(Locale.ROOT, "  %s (first %d of %d):%n", op.sqlValue(), samples.size(), plan.counts().count(op)));
        samples.forEach(r -> out.append("    ").append(PlanPhrases.record(r)).append('\n'));
      }
    }
  }
}
