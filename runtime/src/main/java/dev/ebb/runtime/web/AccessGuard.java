package dev.ebb.runtime.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who may read and change what. With an access token every request but {@code /health} must carry
 * it ({@code Authorization: Bearer …}, or the cookie {@code /login?token=…} sets). Mutations also
 * need either the bearer token (not sent by browsers on their own) or, from the site, the CSRF
 * token: a cookie the pages echo in the {@code X-CSRF-Token} header (double submit), from the same
 * origin. Tokens are compared in constant time.
 */
final class AccessGuard {

  static final String TOKEN_COOKIE = "ebb_token";
  static final String CSRF_COOKIE = "ebb_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<HandlerType> MUTATING =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String token;

  AccessGuard(String token) {
    this.token = token;
  }

  /** The before-handler of every request. */
  void check(Context ctx) {
    String path = ctx.path();
    if (path.equals("/health") || path.equals("/login")) {
      return;
    }
    if (token != null && !bearer(ctx) && !matches(ctx.cookie(TOKEN_COOKIE), token)) {
      throw new UnauthorizedResponse("an access token is required: open /login?token=… or send Authorization: Bearer …");
    }
    if (ctx.cookie(CSRF_COOKIE) == null) {
      ctx.cookie(cookie(CSRF_COOKIE, randomToken(), false));
    }
    if (MUTATING.contains(ctx.method()) && !bearer(ctx) && !(sameOrigin(ctx) && csrfEchoed(ctx))) {
      throw new ForbiddenResponse("a change needs the CSRF token (X-CSRF-Token header from the site) or a bearer token");
    }
  }

  /** {@code GET /login?token=…}: remembers the token in an HTTP-only cookie and opens the site. */
  void login(Context ctx) {
    if (token == null) {
      ctx.redirect("/");
      return;
    }
    if (!matches(ctx.queryParam("token"), token)) {
      throw new UnauthorizedResponse("wrong access token");
    }
    ctx.cookie(cookie(TOKEN_COOKIE, token, true));
    ctx.redirect("/");
  }

  private boolean bearer(Context ctx) {
    String header = ctx.header("Authorization");
    return token != null && header != null && header.startsWith("Bearer ") && matches(header.substring(7).trim(), token);
  }

  private static boolean csrfEchoed(Context ctx) {
    String cookie = ctx.cookie(CSRF_COOKIE);
    return cookie != null && !cookie.isEmpty() && matches(ctx.header(CSRF_HEADER), cookie);
  }

  /** A cross-site form or script announces its origin; the site's own requests match the host. */
  private static boolean sameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    return origin == null || (host != null && (origin.equals("http://" + host) || origin.equals("https://" + host)));
  }

  /** Constant-time equality; hashing first also hides the expected length. */
  static boolean matches(String given, String expected) {
    if (given == null || expected == null) {
      return false;
    }
    return MessageDigest.isEqual(sha256(given), sha256(expected));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static Cookie cookie(String name, String value, boolean httpOnly) {
    return new Cookie(name, value, "/", -1, false, httpOnly, null, SameSite.STRICT);
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
