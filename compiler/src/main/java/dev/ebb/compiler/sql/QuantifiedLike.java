package dev.ebb.compiler.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandTypeChecker;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * {@code x [NOT] LIKE|ILIKE ANY|ALL|SOME (pattern, ...)} (Snowflake, Databricks; BigQuery for LIKE)
 * and {@code x ILIKE ANY (ARRAY[...])} (PostgreSQL). Calcite parses neither, so the quantifier is
 * disguised as a function name before parsing ({@link KeywordNames}) and the call made whole
 * afterwards: validated as text matching text, written back as the user wrote it.
 */
final class QuantifiedLike {

  private static final Pattern QUANTIFIED = Pattern.compile("(?i)\\b(?:i?like)\\s+(any|all|some)(?=\\s*\\()");
  private static final Set<String> LIKES = Set.of("LIKE", "ILIKE", "NOT LIKE", "NOT ILIKE");
  private static final Set<String> QUANTIFIERS = Set.of("ANY", "ALL", "SOME");

  private QuantifiedLike() {}

  /** The text with each quantifier after LIKE or ILIKE disguised as a name; the same text when none. */
  static String disguise(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("like")) {
      return text;
    }
    Matcher matcher = QUANTIFIED.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (matcher.find()) {
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      int at = matcher.start(1);
      out.append(text, last, at).append(KeywordNames.disguise(text.charAt(at)));
      last = at + 1;
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /** The tree with each disguised quantified LIKE made one call; runs before disguised names are restored. */
  static SqlNode restore(SqlNode query) {
    return query.accept(
        new SqlShuttle() {
          @Override
          public SqlNode visit(SqlCall call) {
            SqlNode visited = super.visit(call);
            return visited instanceof SqlCall c ? quantified(c) : visited;
          }
        });
  }

  /** Whether a quantified LIKE compares with one array ({@code ANY (ARRAY[...])}) rather than a list. */
  static boolean readsArray(SqlCall call) {
    return call.operandCount() == 2 && call.operand(1).getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR;
  }

  private static SqlNode quantified(SqlCall call) {
    String like = call.getOperator().getName().toUpperCase(Locale.ROOT);
    if (!LIKES.contains(like) || call.operandCount() != 2 || !(call.operand(1) instanceof SqlCall patterns)) {
      return call;
    }
    if (!(patterns.getOperator() instanceof SqlUnresolvedFunction function) || function.getSqlIdentifier() == null) {
      return call;
    }
    String quantifier = KeywordNames.restore(function.getSqlIdentifier().getSimple());
    if (quantifier.equals(function.getSqlIdentifier().getSimple()) || !QUANTIFIERS.contains(quantifier.toUpperCase(Locale.ROOT))) {
      return call;
    }
    List<SqlNode> operands = new ArrayList<>();
    operands.add(call.operand(0));
    operands.addAll(patterns.getOperandList());
    return new Operator(like + " " + quantifier.toUpperCase(Locale.ROOT)).createCall(call.getParserPosition(), operands);
  }

  /** {@code LIKE ANY} and its kin: text on the left, patterns (or one array of them) on the right. */
  static final class Operator extends SqlSpecialOperator {

    Operator(String name) {
      // LIKE's precedence, so the call nests in AND and OR the way LIKE does.
      super(name, SqlKind.OTHER, 32, false, ReturnTypes.BOOLEAN_NULLABLE, null, new TextPatterns());
    }

    /** Whether the comparison ignores case: ILIKE ANY, not LIKE ANY. */
    boolean ignoresCase() {
      return getName().contains("ILIKE");
    }

    /** Checks the operands itself: the operator is in no operator table to be looked up by name. */
    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
      return validateOperands(validator, scope, call);
    }

    @Override
    public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
      call.operand(0).unparse(writer, getLeftPrec(), getRightPrec());
      writer.keyword(getName());
      SqlWriter.Frame list = writer.startList("(", ")");
      for (SqlNode pattern : call.getOperandList().subList(1, call.operandCount())) {
        writer.sep(",");
        pattern.unparse(writer, 0, 0);
      }
      writer.endList(list);
    }
  }

  /** Text (or a value of unknown type) compared with text patterns, or with one array of them. */
  private static final class TextPatterns implements SqlOperandTypeChecker {

    @Override
    public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
      for (int i = 0; i < binding.getOperandCount(); i++) {
        RelDataType type = binding.getOperandType(i);
        boolean array = i == 1 && binding.getOperandCount() == 2 && type.getComponentType() != null;
        if (!text(array ? type.getComponentType() : type)) {
          if (throwOnFailure) {
            throw binding.newValidationSignatureError();
          }
          return false;
        }
      }
      return true;
    }

    private static boolean text(RelDataType type) {
      return SqlTypeUtil.inCharFamily(type) || type.getSqlTypeName() == SqlTypeName.NULL || type.getSqlTypeName() == SqlTypeName.ANY;
    }

    @Override
    public SqlOperandCountRange getOperandCountRange() {
      return SqlOperandCountRanges.from(2);
    }

    @Override
    public String getAllowedSignatures(SqlOperator op, String opName) {
      return "<TEXT> " + opName + " (<PATTERN>, ...)";
    }
  }
}
