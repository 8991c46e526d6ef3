package dev.ebb.compiler.project;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.util.regex.Pattern;

/** Names that become warehouse identifiers (models, syncs, seeds) must be plain identifiers. */
final class Identifiers {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Identifiers() {}

  static boolean check(String kind, String name, SourceLocation where, Diagnostics diagnostics) {
    if (IDENTIFIER.matcher(name).matches()) {
      return true;
    }
    diagnostics.error(
        DiagnosticCode.EBB112,
        where,
        kind + " name '" + name + "' is not a valid identifier",
        "use letters, digits and underscores, starting with a letter or underscore");
    return false;
  }
}
