package dev.ebb.runtime.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --lease DURATION}: how long a sync's claim outlives its holder's last renewal (renewed
 * every third of it). A crashed holder's sync is taken over after at most this long; a holder that
 * stalls for longer loses the sync. Every process sharing a state store should use the same.
 */
final class LeaseOption {

  @Option(
      names = "--lease",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "${env:EBB_LEASE:-60s}",
      description = "Lease on a sync's claim while running it, renewed every third (default: ${DEFAULT-VALUE};"
          + " env EBB_LEASE). A crashed process's syncs are taken over after at most this long.")
  Duration lease;

  Duration lease() {
    if (lease.toMillis() < 300) {
      throw new UserFacingException("--lease must be at least 300ms, not " + lease.toMillis() + "ms");
    }
    return lease;
  }
}
