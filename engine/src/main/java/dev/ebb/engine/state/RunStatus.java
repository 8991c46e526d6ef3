package dev.ebb.engine.state;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a run is in its life: queued → planning → delivering → committing → succeeded | failed |
 * cancelled. The allowed moves are declared here once; the store refuses any other.
 */
public enum RunStatus {
  QUEUED,
  PLANNING,
  DELIVERING,
  COMMITTING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  private static final Map<RunStatus, Set<RunStatus>> NEXT =
      Map.of(
          QUEUED, EnumSet.of(PLANNING, FAILED, CANCELLED),
          // Planning may go straight to committing when the diff is empty.
          PLANNING, EnumSet.of(DELIVERING, COMMITTING, FAILED, CANCELLED),
          DELIVERING, EnumSet.of(COMMITTING, FAILED, CANCELLED),
          COMMITTING, EnumSet.of(SUCCEEDED, FAILED),
          SUCCEEDED, EnumSet.noneOf(RunStatus.class),
          FAILED, EnumSet.noneOf(RunStatus.class),
          CANCELLED, EnumSet.noneOf(RunStatus.class));

  private static final Set<RunStatus> IN_PROGRESS = EnumSet.of(PLANNING, DELIVERING, COMMITTING);

  public boolean canMoveTo(RunStatus next) {
    return NEXT.get(this).contains(next);
  }

  public boolean isTerminal() {
    return NEXT.get(this).isEmpty();
  }

  /** Started but not finished: what a restarted worker resumes from its last checkpoint. */
  public boolean isInProgress() {
    return IN_PROGRESS.contains(this);
  }

  /** The spelling stored in the database and shown to users. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RunStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  static Set<RunStatus> inProgress() {
    return IN_PROGRESS;
  }
}
