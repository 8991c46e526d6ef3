package dev.ebb.engine.state;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.UUID;

/**
 * Who holds a sync's claim: named in the message a second claimant gets.
 *
 * @param id the holder within its process, e.g. {@code ebb run 3f9a2c1e} or {@code worker-3f9a2c1e-1}
 * @param host the machine the holder runs on
 * @param pid the holder's operating-system process id
 */
public record ClaimHolder(String id, String host, long pid) {

  public ClaimHolder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
  }

  /** A holder in this process, named {@code id}. */
  public static ClaimHolder inThisProcess(String id) {
    return new ClaimHolder(id, hostName(), ProcessHandle.current().pid());
  }

  /** A fresh id for a command of this process, e.g. {@code ebb run 3f9a2c1e}. */
  public static ClaimHolder command(String command) {
    return inThisProcess("ebb " + command + " " + UUID.randomUUID().toString().substring(0, 8));
  }

  @Override
  public String toString() {
    return id + " (host " + host + ", pid " + pid + ")";
  }

  private static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
