package dev.ebb.compiler.sql;

import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.util.Litmus;

/**
 * A cast's type as the model's text spells it ({@code STRING}, {@code DATETIME}, {@code
 * NUMBER(10,2)}, {@code double precision}), for compiled SQL. Validation reads warehouse type names
 * as the standard types they behave as ({@link CastTypes}), but a standard name written back is
 * not the user's SQL: on BigQuery {@code DATETIME} and {@code TIMESTAMP} mean different things, and
 * PostgreSQL has no {@code DOUBLE}. Words are written in upper case like every keyword of compiled
 * SQL, blanks as one space, a quoted name in the quotes of the warehouse it is written for.
 */
final class WrittenType extends SqlTypeNameSpec {

  private final String written;
  /** The type as the parser read it, for a caller that derives the type. */
  private final SqlTypeNameSpec parsed;

  private WrittenType(String written, SqlTypeNameSpec parsed, SqlParserPos pos) {
    super(new SqlIdentifier(written, pos), pos);
    this.written = written;
    this.parsed = parsed;
  }

  /**
   * The spec with its type name as {@code text} has it at the spec's position; the spec unchanged
   * when the text does not hold it there (a spec the parser made up, without a position).
   *
   * @param text the text the spec was parsed from, or one of the same length with the same types
   */
  static SqlDataTypeSpec of(SqlDataTypeSpec spec, String text) {
    SqlParserPos pos = spec.getParserPosition();
    if (pos.getLineNum() <= 0 || pos.getEndLineNum() <= 0) {
      return spec;
    }
    int start = RenderedSql.offsetOf(text, pos.getLineNum(), pos.getColumnNum());
    int end = RenderedSql.offsetOf(text, pos.getEndLineNum(), pos.getEndColumnNum()) + 1;
    if (start < 0 || end > text.length() || start >= end) {
      return spec;
    }
    String span = text.substring(start, end).strip();
    if (span.isEmpty() || !Character.isLetter(span.charAt(0)) && span.charAt(0) != '"' && span.charAt(0) != '`') {
      return spec;
    }
    return new SqlDataTypeSpec(new WrittenType(span, spec.getTypeNameSpec(), pos), spec.getTimeZone(), spec.getNullable(), pos);
  }

  /** The type as written, e.g. {@code NUMBER(10,2)}. */
  String written() {
    return written;
  }

  @Override
  public RelDataType deriveType(SqlValidator validator) {
    return parsed.deriveType(validator);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.literal(spell(written, writer.getDialect()));
  }

  /** Upper-case words and single blanks outside quotes; each quoted name quoted for {@code dialect}. */
  static String spell(String written, org.apache.calcite.sql.SqlDialect dialect) {
    StringBuilder out = new StringBuilder(written.length());
    int i = 0;
    while (i < written.length()) {
      char c = written.charAt(i);
      if (c == '"' || c == '`') {
        int close = closingQuote(written, i);
        String name = written.substring(i + 1, close).replace(String.valueOf(c) + c, String.valueOf(c));
        dialect.quoteIdentifier(out, name);
        i = Math.min(close + 1, written.length());
      } else if (Character.isWhitespace(c)) {
        while (i < written.length() && Character.isWhitespace(written.charAt(i))) {
          i++;
        }
        out.append(' ');
      } else {
        out.append(String.valueOf(c).toUpperCase(Locale.ROOT));
        i++;
      }
    }
    return out.toString();
  }

  /** The offset of the quote closing the one at {@code open} (a doubled quote is part of the name). */
  private static int closingQuote(String text, int open) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return text.length();
  }

  @Override
  public boolean equalsDeep(SqlTypeNameSpec spec, Litmus litmus) {
    if (!(spec instanceof WrittenType other) || !written.equals(other.written)) {
      return litmus.fail("{} != {}", this, spec);
    }
    return litmus.succeed();
  }
}
