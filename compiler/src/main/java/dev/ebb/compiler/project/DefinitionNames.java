package dev.ebb.compiler.project;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names already defined for one kind of definition. Names are compared ignoring case, as the
 * warehouse and SQL see them.
 */
final class DefinitionNames {

  private final String kind;
  private final Map<String, SourceLocation> defined = new HashMap<>();

  DefinitionNames(String kind) {
    this.kind = kind;
  }

  /** Records a definition; false (and EBB106 at {@code where}) when the name is already taken. */
  boolean claim(String name, SourceLocation where, Diagnostics diagnostics) {
    SourceLocation first = defined.putIfAbsent(name.toLowerCase(Locale.ROOT), where);
    if (first == null) {
      return true;
    }
    diagnostics.error(
        DiagnosticCode.EBB106,
        where,
        kind + " '" + name + "' is already defined at " + first.file() + ":" + first.line(),
        "rename one of them");
    return false;
  }
}
