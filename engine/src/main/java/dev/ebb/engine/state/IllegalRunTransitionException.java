package dev.ebb.engine.state;

/** A caller asked for a move the run state machine does not allow (e.g. succeeded → delivering). */
public class IllegalRunTransitionException extends StateStoreException {

  private static final long serialVersionUID = 1L;

  public IllegalRunTransitionException(String runId, RunStatus from, RunStatus to) {
    super("run " + runId + " cannot move from " + from.code() + " to " + to.code());
  }
}
