package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Warehouse type names in casts ({@code CAST(x AS TEXT)}, {@code x::INT64},
 * {@code CAST(n AS NUMBER(10, 2))}) read as the standard types Calcite validates, the same way
 * {@link CatalogTypes} reads them in sources; a name the target warehouse does not know is an error
 * naming the target's own spelling.
 */
final class CastTypes {

  /**
   * Names that take a precision, with a standard name no longer than they are: Calcite's grammar
   * parses a precision only after its own type names, so the name is replaced in the text.
   */
  private static final Map<String, String> WITH_PRECISION =
      Map.of(
          "NUMBER", "DEC",
          "BIGNUMERIC", "DECIMAL",
          "BIGDECIMAL", "DECIMAL",
          "NVARCHAR", "VARCHAR",
          "VARCHAR2", "VARCHAR",
          "NVARCHAR2", "VARCHAR",
          "TIMESTAMP_NTZ", "TIMESTAMP",
          "DATETIME", "TIMESTAMP");

  private CastTypes() {}

  /**
   * When a parse failed at the {@code (} of {@code NUMBER(10, 2)}: the text with the type's name
   * replaced by its standard name, padded to the same length; {@code null} otherwise.
   */
  static String standardizeBefore(String text, SqlParserPos pos, WarehouseRules rules, RenderedSql sql, Diagnostics diagnostics) {
    int offset = KeywordNames.offsetOf(text, pos.getLineNum(), pos.getColumnNum());
    if (offset <= 0 || offset >= text.length() || text.charAt(offset) != '(') {
      return null;
    }
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
      start--;
    }
    String name = text.substring(start, end).toUpperCase(Locale.ROOT);
    String standard = WITH_PRECISION.get(name);
    if (standard == null || standard.length() > name.length()) {
      return null;
    }
    checkKnown(name, sql, start, rules, diagnostics);
    return text.substring(0, start) + standard + " ".repeat(name.length() - standard.length()) + text.substring(end);
  }

  /** Replaces, in place, each cast's warehouse type name by the standard type it stands for. */
  static void standardize(SqlNode query, String text, WarehouseRules rules, RenderedSql sql, Diagnostics diagnostics) {
    if (!mayCast(text)) {
      return;
    }
    query.accept(
        new SqlBasicVisitor<Void>() {
          @Override
          public Void visit(SqlCall call) {
            if (call instanceof SqlBasicCall basic) {
              for (int i = 0; i < basic.operandCount(); i++) {
                if (basic.operand(i) instanceof SqlDataTypeSpec spec) {
                  standardSpec(spec, text, rules, sql, diagnostics).ifPresent(s -> basic.setOperand(basic.getOperandList().indexOf(spec), s));
                }
              }
            }
            return super.visit(call);
          }
        });
  }

  private static boolean mayCast(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("cast") || lower.contains("::");
  }

  private static Optional<SqlDataTypeSpec> standardSpec(
      SqlDataTypeSpec spec, String text, WarehouseRules rules, RenderedSql sql, Diagnostics diagnostics) {
    SqlParserPos pos = spec.getParserPosition();
    // A type name Calcite reserves (DATETIME) was parsed disguised as a name (KeywordNames).
    String written = KeywordNames.restore(KeywordNames.wordAt(text, pos)).toUpperCase(Locale.ROOT);
    int offset = KeywordNames.offsetOf(text, pos.getLineNum(), pos.getColumnNum());
    if (!written.isEmpty() && !WITH_PRECISION.containsValue(written)) {
      checkKnown(written, sql, offset, rules, diagnostics);
    }
    if (!(spec.getTypeNameSpec() instanceof SqlUserDefinedTypeNameSpec named)) {
      return Optional.empty();
    }
    return CatalogTypes.standardSpec(KeywordNames.restore(named.getTypeName().getSimple())).map(s -> s.withNullable(spec.getNullable(), pos));
  }

  private static void checkKnown(String name, RenderedSql sql, int offset, WarehouseRules rules, Diagnostics diagnostics) {
    rules
        .foreignType(name)
        .ifPresent(
            hint ->
                diagnostics.error(
                    DiagnosticCode.EBB144, sql.locateOffset(offset), "type " + name + " does not exist on " + rules.name(), hint));
  }
}
