package dev.ebb.engine.state;

/**
 * A state write carried a claim that is no longer the sync's current one: its lease lapsed (the
 * process stalled, or lost the state store for longer than the lease) and another claimant took
 * the sync over, or the claim was released. The writer must stop without sending more: the new
 * holder resumes the run from its last checkpoint.
 */
public class StaleClaimException extends StateStoreException {

  private static final long serialVersionUID = 1L;

  public StaleClaimException(SyncClaim stale, String now) {
    super("lost the claim on sync " + stale.sync() + " (token " + stale.token() + "): " + now
        + "; this process stopped without writing or sending more");
  }
}
