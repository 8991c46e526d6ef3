package dev.ebb.runtime.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error the server answers: JSON for the API and for clients that do not ask for HTML, else
 * a minimal HTML page. Messages may repeat what the request said (a run id, a path), so the HTML is
 * escaped and served with the same security headers as every page.
 */
final class ErrorResponses {

  private ErrorResponses() {}

  static void handle(HttpResponseException e, Context ctx) {
    write(ctx, e.getStatus(), e.getMessage());
  }

  static void write(Context ctx, int status, String message) {
    SecurityHeaders.apply(ctx);
    ctx.status(status);
    String accept = ctx.header("Accept");
    boolean html = !ctx.path().startsWith("/api/") && accept != null && accept.contains("text/html");
    if (html) {
      String text = escape(message == null ? "error" : message);
      ctx.contentType("text/html; charset=utf-8")
          .result("<!doctype html><meta charset=\"utf-8\"><title>" + status + "</title><h1>" + status + "</h1><p>"
              + text + "</p><p><a href=\"/\">ebb</a></p>");
    } else {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", message == null ? "error" : message);
      body.put("status", status);
      ctx.contentType("application/json").result(StatusApi.toJson(body));
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
