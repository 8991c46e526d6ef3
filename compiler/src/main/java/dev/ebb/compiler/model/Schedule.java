package dev.ebb.compiler.model;

/** When a sync runs. */
public sealed interface Schedule {

  /** Runs only when triggered by hand (CLI, API, site). */
  record Manual() implements Schedule {}

  /** A five-field cron expression, evaluated in UTC. */
  record Cron(String expression) implements Schedule {}

  /** Runs after another sync succeeds. */
  record After(String sync) implements Schedule {}
}
