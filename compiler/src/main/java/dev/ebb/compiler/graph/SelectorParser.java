package dev.ebb.compiler.graph;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import dev.ebb.compiler.diagnostic.Suggestions;
import java.util.List;
import java.util.Optional;

/** Reads {@code --select}/{@code --exclude} arguments; malformed ones are EBB190 diagnostics. */
public final class SelectorParser {

  private SelectorParser() {}

  public static Optional<SyncSelector> parse(String text, SourceLocation where, Diagnostics diagnostics) {
    String rest = text.strip();
    boolean upstream = rest.startsWith("+");
    boolean downstream = rest.endsWith("+") && rest.length() > 1;
    rest = rest.substring(upstream ? 1 : 0, rest.length() - (downstream ? 1 : 0));
    if (rest.contains(",")) {
      diagnostics.error(
          DiagnosticCode.EBB190,
          where,
          "selector '" + text + "' intersects with ',', which is not supported",
          "separate selectors with spaces to select their union: " + text.replace(',', ' '));
      return Optional.empty();
    }
    int colon = rest.indexOf(':');
    SyncSelector.Kind kind = SyncSelector.Kind.NAME;
    String value = rest;
    if (colon >= 0) {
      String prefix = rest.substring(0, colon);
      value = rest.substring(colon + 1);
      Optional<SyncSelector.Kind> known = SyncSelector.Kind.fromPrefix(prefix);
      if (known.isEmpty()) {
        String typed = value;
        List<String> prefixes = SyncSelector.Kind.prefixes();
        String hint = Suggestions.closest(prefix, prefixes)
            .map(p -> "did you mean '" + p + ":" + typed + "'?")
            .orElse("selector kinds are " + String.join(":, ", prefixes) + ": or a sync name");
        diagnostics.error(
            DiagnosticCode.EBB190, where, "unknown selector kind '" + prefix + "' in '" + text + "'", hint);
        return Optional.empty();
      }
      kind = known.get();
    }
    if (value.isEmpty()) {
      diagnostics.error(DiagnosticCode.EBB190, where, "selector '" + text + "' has no value");
      return Optional.empty();
    }
    if (kind == SyncSelector.Kind.STATE && !SyncSelector.STATES.contains(value)) {
      String hint = Suggestions.closest(value, SyncSelector.STATES)
          .map(s -> "did you mean 'state:" + s + "'?")
          .orElse("use state:modified or state:new");
      diagnostics.error(DiagnosticCode.EBB190, where, "unknown state '" + value + "' in '" + text + "'", hint);
      return Optional.empty();
    }
    return Optional.of(new SyncSelector(kind, value, upstream, downstream, text));
  }
}
