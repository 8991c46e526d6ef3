package dev.ebb.runtime.web;

import io.javalin.http.Context;

/**
 * Headers every answer carries: scripts, styles and connections only from this server (the site
 * and status pages use no inline code), no framing (clickjacking of the pause and retry buttons),
 * no content sniffing, and no referrer leaking run ids to other sites.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
