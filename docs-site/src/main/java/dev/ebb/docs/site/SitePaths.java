package dev.ebb.docs.site;

import java.util.regex.Pattern;

/** Where each page of the site lives, relative to the site root. Shared with {@code ebb serve}. */
public final class SitePaths {

  public static final String DEFAULT_DIR = "target/docs";

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]");

  private SitePaths() {}

  public static String model(String name) {
    return "models/" + file(name);
  }

  public static String sync(String name) {
    return "syncs/" + file(name);
  }

  public static String destination(String name) {
    return "destinations/" + file(name);
  }

  /** @param relation {@code schema.table} */
  public static String source(String relation) {
    return "sources/" + file(relation);
  }

  /** The page of a DAG node id such as {@code model:orders}, or null when it has none. */
  public static String ofNode(String kind, String name) {
    return switch (kind) {
      case "model" -> model(name);
      case "sync" -> sync(name);
      case "destination" -> destination(name);
      case "source" -> source(name);
      default -> null;
    };
  }

  private static String file(String name) {
    return UNSAFE.matcher(name).replaceAll("_") + ".html";
  }
}
