package dev.ebb.runtime.web;

import io.javalin.http.Context;

/**
 * Headers every answer carries: no framing (clickjacking of the pause and retry buttons), no
 * plugins, no {@code <base>} or form posts elsewhere, no content sniffing, and no referrer leaking
 * run ids to other sites. The policy restricts no fetch directives yet (scripts, styles,
 * connections): with them the status page's live view lagged behind runs in the browser test.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
