package dev.ebb.compiler.project;

import static dev.ebb.compiler.yaml.YamlKey.required;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.model.Schedule;
import dev.ebb.compiler.yaml.YamlNode;
import dev.ebb.compiler.yaml.YamlShape;
import dev.ebb.compiler.yaml.YamlType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a sync's {@code schedule:}: a five-field cron string, {@code manual}, or {@code {after: sync}}. */
final class ScheduleReader {

  private static final YamlShape AFTER = YamlShape.of("schedule", required("after", YamlType.STRING));

  // Built once: creating a parser compiles the field definitions.
  private final CronParser cron = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  // Parsing a cron costs more than reading the rest of a sync, and projects repeat few schedules:
  // each distinct text is parsed once, by whichever reader meets it first.
  private static final Map<String, String> CRON_PROBLEMS = new ConcurrentHashMap<>();

  /** {@code null} when the schedule is invalid (and reported). */
  Schedule read(YamlNode node, Map<String, SourceLocation> locations, Diagnostics diagnostics) {
    if (node.isMapping()) {
      return AFTER.read(node, diagnostics)
          .filter(fields -> fields.string("after") != null)
          .map(
              fields -> {
                locations.put("schedule.after", fields.locationOf("after"));
                return (Schedule) new Schedule.After(fields.string("after"));
              })
          .orElse(null);
    }
    String text = node.text().trim();
    if (text.equals("manual")) {
      return new Schedule.Manual();
    }
    String problem = CRON_PROBLEMS.computeIfAbsent(text, this::cronProblem);
    if (problem.isEmpty()) {
      return new Schedule.Cron(text);
    }
    diagnostics.error(
        DiagnosticCode.EBB163,
        node.location(),
        "invalid cron schedule '" + text + "': " + problem,
        "use five fields (minute hour day-of-month month day-of-week, UTC), 'manual' or {after: <sync>}");
    return null;
  }

  /** Empty when valid. Parsing validates the fields too. */
  private String cronProblem(String text) {
    try {
      cron.parse(text);
      return "";
    } catch (IllegalArgumentException invalid) {
      return String.valueOf(invalid.getMessage());
    }
  }
}
