package dev.ebb.runtime.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the web server listens and who may use it.
 *
 * @param token the access token ({@code EBB_UI_TOKEN}), or null: then only a loopback bind is
 *     allowed and requests need no token (mutations still need the CSRF token)
 * @param docsDir the generated docs site served at {@code /} when it exists
 * @param liveInterval how often the live view polls the state store for new records
 */
public record WebSettings(String host, int port, String token, Path docsDir, Duration liveInterval) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8580;
  public static final String TOKEN_VARIABLE = "EBB_UI_TOKEN";

  public WebSettings {
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  /** Whether the host resolves to a loopback address only (no other machine can connect). */
  public boolean loopback() {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Why these settings must not start a server, or null when they may. */
  public String refusal() {
    if (!loopback() && token == null) {
      return "binding to " + host + " exposes the site beyond this machine: set " + TOKEN_VARIABLE
          + " to an access token first (or bind to 127.0.0.1)";
    }
    return null;
  }
}
