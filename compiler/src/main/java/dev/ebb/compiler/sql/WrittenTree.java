package dev.ebb.compiler.sql;

import dev.ebb.compiler.diagnostic.Diagnostics;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A model's query as the user wrote it, for compiled SQL. Validation rewrites the tree it checks
 * (implicit casts, expanded stars and names, NATURAL JOIN and USING turned into conditions), so
 * compiled SQL is unparsed from a tree parsed again from the model's text, which the validator
 * never touched: the warehouse resolves names and types itself, the way the user meant.
 */
final class WrittenTree {

  private WrittenTree() {}

  /**
   * The model's tree as parsed. The text parsed when the model was analyzed, so it parses again.
   */
  static SqlNode parse(RenderedSql sql) {
    Diagnostics ignored = new Diagnostics();
    SqlNode node = ModelParser.parseAsWritten(sql, ignored)
        .orElseThrow(() -> new IllegalStateException("model " + sql.file() + " parsed once but not twice"));
    return node.accept(new AsWritten(sql.text()));
  }

  /** Keeps in the tree what the parser knew about names but did not record. */
  private static final class AsWritten extends SqlShuttle {

    private final String text;

    AsWritten(String text) {
      this.text = text;
    }

    /**
     * The parser records whether a name was quoted for the parts of a compound name, not for an
     * alias; the text tells, and folding needs to know.
     */
    @Override
    public SqlNode visit(SqlIdentifier identifier) {
      SqlParserPos pos = identifier.getParserPosition();
      if (identifier.isSimple() && !identifier.isComponentQuoted(0) && pos.getLineNum() > 0) {
        int offset = RenderedSql.offsetOf(text, pos.getLineNum(), pos.getColumnNum());
        if (offset < text.length() && (text.charAt(offset) == '"' || text.charAt(offset) == '`')) {
          return new SqlIdentifier(identifier.names, null, pos, List.of(pos.withQuoting(true)));
        }
      }
      return identifier;
    }

    /**
     * Validation reads a cast's warehouse type name as the standard type it behaves as; what runs
     * is the name the user wrote ({@link WrittenType}).
     */
    @Override
    public SqlNode visit(SqlDataTypeSpec type) {
      return WrittenType.of(type, text);
    }

    /**
     * The parser leaves functions it does not know unresolved, and Calcite writes an unresolved
     * name like any identifier: quoted, which would make {@code split_part} a different, missing
     * function on a warehouse that folds names to upper case. They are written as function names.
     */
    @Override
    public SqlNode visit(SqlCall call) {
      SqlNode visited = super.visit(call);
      if (visited instanceof SqlCall c && c.getKind() == SqlKind.INTERVAL) {
        return intervalLiteral(c);
      }
      if (visited instanceof SqlCall c && c.getOperator() instanceof SqlUnresolvedFunction unresolved) {
        SqlIdentifier name = unresolved.getSqlIdentifier();
        if (name != null && name.isSimple() && !name.isComponentQuoted(0)) {
          SqlFunction function =
              new SqlFunction(
                  name.getSimple().toUpperCase(Locale.ROOT), SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
          return function.createCall(c.getFunctionQuantifier(), c.getParserPosition(), c.getOperandList().toArray(SqlNode[]::new));
        }
      }
      return visited;
    }

    /**
     * {@code INTERVAL 7 DAY} (BigQuery, DuckDB, MySQL) is the literal {@code INTERVAL '7' DAY}:
     * written as one, each warehouse gets its own form of it. A computed quantity stays a call.
     */
    private static SqlNode intervalLiteral(SqlCall interval) {
      if (interval.operandCount() == 2
          && interval.operand(0) instanceof SqlNumericLiteral number
          && number.isInteger()
          && interval.operand(1) instanceof SqlIntervalQualifier qualifier) {
        String digits = number.getValueAs(java.math.BigDecimal.class).toPlainString();
        int sign = digits.startsWith("-") ? -1 : 1;
        return SqlLiteral.createInterval(sign, digits.replace("-", ""), qualifier, interval.getParserPosition());
      }
      return interval;
    }
  }
}
