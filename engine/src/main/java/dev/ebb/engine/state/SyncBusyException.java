package dev.ebb.engine.state;

/** Another holder kept the sync's claim for as long as the claimant was willing to wait. */
public class SyncBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SyncClaim holder;

  public SyncBusyException(SyncClaim holder) {
    super("sync " + holder.sync() + " is being run by " + holder.describeHolder());
    this.holder = holder;
  }

  public SyncClaim holder() {
    return holder;
  }
}
