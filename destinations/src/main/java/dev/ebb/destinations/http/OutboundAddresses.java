package dev.ebb.destinations.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a destination may send requests: http and https only, never to link-local addresses
 * (169.254.0.0/16, fe80::/10), where clouds serve instance metadata and credentials, nor to the
 * metadata services' names — unless the destination's config allows it. Checked offline on the URL
 * as written, and at run time on every address its host resolves to.
 */
public final class OutboundAddresses {

  /** The config key that lifts the link-local and metadata refusal. */
  public static final String ALLOW_LINK_LOCAL = "allow_link_local";

  private static final Set<String> METADATA_NAMES =
      Set.of("metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal");
  private static final byte[] AWS_IPV6_METADATA = {
    (byte) 0xfd, 0x00, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54
  };
  private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

  private OutboundAddresses() {}

  /** Why a URL must not be requested, judged without DNS; empty when it may be, as far as known. */
  public static Optional<String> refusal(URI url, boolean allowLinkLocal) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("url must start with http:// or https://, not " + (scheme.isEmpty() ? "'" + url + "'" : scheme + "://"));
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("url has no host: " + url);
    }
    if (allowLinkLocal) {
      return Optional.empty();
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (METADATA_NAMES.contains(name)) {
      return Optional.of(blocked(host, "a cloud metadata service"));
    }
    if (IPV4_LITERAL.matcher(name).matches() || name.startsWith("[")) {
      try {
        // A literal address: no DNS lookup happens.
        InetAddress address = InetAddress.getByName(name);
        if (linkLocal(address)) {
          return Optional.of(blocked(host, "a link-local address"));
        }
      } catch (UnknownHostException e) {
        return Optional.of("url has an invalid address: " + host);
      }
    }
    return Optional.empty();
  }

  /** {@link #refusal(URI, boolean)}, then every address the host resolves to. */
  public static Optional<String> refusalResolved(URI url, boolean allowLinkLocal) {
    Optional<String> refusal = refusal(url, allowLinkLocal);
    if (refusal.isPresent() || allowLinkLocal) {
      return refusal;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
        if (linkLocal(address)) {
          return Optional.of(blocked(url.getHost() + " (" + address.getHostAddress() + ")", "a link-local address"));
        }
      }
    } catch (UnknownHostException e) {
      return Optional.empty(); // the request itself reports the unknown host, as a retryable failure
    }
    return Optional.empty();
  }

  /** 169.254.0.0/16 and fe80::/10 (IPv4-mapped addresses come back as IPv4), and AWS's IPv6 metadata address. */
  private static boolean linkLocal(InetAddress address) {
    return address.isLinkLocalAddress() || Arrays.equals(address.getAddress(), AWS_IPV6_METADATA);
  }

  private static String blocked(String host, String what) {
    return "url points at " + host + ", " + what + " (instance credentials live there); set "
        + ALLOW_LINK_LOCAL + ": true if this is intended";
  }
}
