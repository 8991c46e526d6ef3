package dev.ebb.compiler.diagnostic;

/** How bad a diagnostic is: errors fail `ebb validate`, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
