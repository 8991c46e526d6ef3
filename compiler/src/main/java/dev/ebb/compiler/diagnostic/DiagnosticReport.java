package dev.ebb.compiler.diagnostic;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a renderer prints: every diagnostic of a command, sorted, and the files that were checked
 * (so that CI reports also list the files that passed).
 *
 * @param files project-relative paths of every checked file, including those with diagnostics
 */
public record DiagnosticReport(List<Diagnostic> diagnostics, SortedSet<String> files) {

  public DiagnosticReport {
    diagnostics = diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList();
    TreeSet<String> all = new TreeSet<>(files);
    diagnostics.forEach(d -> all.add(d.location().file()));
    files = java.util.Collections.unmodifiableSortedSet(all);
  }

  public static DiagnosticReport of(Diagnostics diagnostics, Collection<String> checkedFiles) {
    return new DiagnosticReport(diagnostics.sorted(), new TreeSet<>(checkedFiles));
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** The diagnostics reported against one file, in order. */
  public List<Diagnostic> in(String file) {
    return diagnostics.stream().filter(d -> d.location().file().equals(file)).toList();
  }

  /** {@code 2 errors, 1 warning in 14 files}. */
  public String summary() {
    return plural(errorCount(), "error")
        + ", "
        + plural(warningCount(), "warning")
        + " in "
        + plural(files.size(), "file");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
