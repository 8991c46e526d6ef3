package dev.ebb.runtime.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How the web server listens and who may use it.
 *
 * @param token the access token ({@code EBB_UI_TOKEN}), or null: then only a loopback bind is
 *     allowed and requests need no token (mutations still need the CSRF token)
 * @param docsDir the generated docs site served at {@code /} when it exists
 * @param liveInterval how often the live view polls the state store for new records
 * @param hostNames further names the server answers for ({@code EBB_UI_HOSTS}), besides IP
 *     addresses, {@code localhost} and {@code host}
 */
public record WebSettings(String host, int port, String token, Path docsDir, Duration liveInterval, List<String> hostNames) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8580;
  public static final String TOKEN_VARIABLE = "EBB_UI_TOKEN";
  public static final String HOSTS_VARIABLE = "EBB_UI_HOSTS";
  /** Shorter tokens can be guessed online; 32 characters is what {@code openssl rand -hex 16} prints. */
  public static final int MIN_TOKEN_LENGTH = 32;

  public WebSettings {
    if (token != null && token.isBlank()) {
      token = null;
    }
    hostNames = List.copyOf(hostNames);
  }

  public WebSettings(String host, int port, String token, Path docsDir, Duration liveInterval) {
    this(host, port, token, docsDir, liveInterval, List.of());
  }

  /** {@code EBB_UI_HOSTS}: names separated by commas or blanks; null or blank for none. */
  public static List<String> hostNames(String variable) {
    if (variable == null || variable.isBlank()) {
      return List.of();
    }
    return Arrays.stream(variable.split("[,\\s]+")).filter(name -> !name.isBlank()).toList();
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
    if (token != null && token.length() < MIN_TOKEN_LENGTH) {
      return TOKEN_VARIABLE + " is " + token.length() + " characters long; use at least " + MIN_TOKEN_LENGTH
          + " random characters (e.g. the output of `openssl rand -hex 32`)";
    }
    if (!loopback() && token == null) {
      return "binding to " + host + " exposes the site beyond this machine: set " + TOKEN_VARIABLE
          + " to an access token first (or bind to 127.0.0.1)";
    }
    return null;
  }
}
