package dev.ebb.runtime.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Serves only requests addressed to this server: a page on {@code evil.example} whose name is
 * re-pointed at 127.0.0.1 (DNS rebinding) reaches the server with {@code Host: evil.example} and
 * would read the API as a same-origin page. Accepted: IP address literals (rebinding needs a name),
 * {@code localhost}, the name the server is bound to, and the names in {@code EBB_UI_HOSTS}.
 */
final class HostCheck {

  /** Misdirected Request: the server does not answer for that name. */
  static final int MISDIRECTED = 421;

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Set<String> names = new TreeSet<>();

  HostCheck(String boundHost, List<String> extraNames) {
    names.add("localhost");
    names.add(normal(boundHost));
    extraNames.forEach(name -> names.add(normal(name)));
  }

  /** A before-handler. */
  void check(Context ctx) {
    String header = ctx.header("Host");
    if (header == null || header.isBlank()) {
      return; // HTTP/1.0 without a Host: not a browser, so not a rebinding page
    }
    String host = normal(withoutPort(header.strip()));
    if (!accepted(host)) {
      throw new HttpResponseException(
          MISDIRECTED,
          "this server does not answer for the host name in the request; add it to "
              + WebSettings.HOSTS_VARIABLE + " if it is yours");
    }
  }

  private boolean accepted(String host) {
    return names.contains(host) || host.endsWith(".localhost") || IPV4.matcher(host).matches() || host.startsWith("[");
  }

  private static String withoutPort(String header) {
    if (header.startsWith("[")) {
      int end = header.indexOf(']');
      return end < 0 ? header : header.substring(0, end + 1);
    }
    int colon = header.lastIndexOf(':');
    return colon < 0 ? header : header.substring(0, colon);
  }

  private static String normal(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
