package dev.ebb.runtime.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A five-field UNIX cron expression evaluated in UTC, as the compiler validates it. */
public final class CronSchedule {

  private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String expression;
  private final ExecutionTime executions;

  private CronSchedule(String expression, ExecutionTime executions) {
    this.expression = expression;
    this.executions = executions;
  }

  /** Parses a validated expression; an invalid one is a bug upstream (the compiler rejects it). */
  public static CronSchedule parse(String expression) {
    return new CronSchedule(expression, ExecutionTime.forCron(PARSER.parse(expression)));
  }

  public String expression() {
    return expression;
  }

  /** The latest scheduled time at or before {@code now}. */
  public Optional<Instant> latestAtOrBefore(Instant now) {
    // Ask from a minute later, then step back if that lands after now: inclusive either way.
    Optional<Instant> candidate = executions.lastExecution(utc(now.plus(Duration.ofMinutes(1)))).map(ZonedDateTime::toInstant);
    if (candidate.isPresent() && candidate.get().isAfter(now)) {
      candidate = executions.lastExecution(utc(candidate.get())).map(ZonedDateTime::toInstant);
    }
    return candidate;
  }

  /** The first scheduled time strictly after {@code now}. */
  public Optional<Instant> nextAfter(Instant now) {
    return executions.nextExecution(utc(now)).map(ZonedDateTime::toInstant);
  }

  private static ZonedDateTime utc(Instant instant) {
    return ZonedDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
