package dev.ebb.docs.site;

import java.nio.file.Path;

/** What {@link SiteGenerator#generate} wrote: the folder and how many HTML pages. */
public record SiteReport(Path dir, int pages) {

  public Path index() {
    return dir.resolve("index.html");
  }
}
