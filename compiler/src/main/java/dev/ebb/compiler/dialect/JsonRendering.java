package dev.ebb.compiler.dialect;

import java.util.List;
import java.util.Optional;

/**
 * How a warehouse builds a mapped record's JSON text in SQL, exactly as the runtime's Java mapper
 * would write it: same fields in the same order, the same value for every field (numbers equal as
 * decimals, timestamps as ISO-8601 at UTC with seconds always, the fraction without trailing
 * zeros, and {@code Z}; dates as ISO dates; NULL as {@code null}). Whatever a warehouse cannot
 * write exactly answers empty, and the sync then maps rows in Java.
 */
public interface JsonRendering {

  /** A JSON object of the members in order; a member's value is a {@link #value} or an object. */
  Optional<String> object(List<Member> members);

  /**
   * A column (or literal) of the given SQL type as a value of {@link #object}; a text value is a
   * JSON string (templates are text values too).
   */
  Optional<String> value(String expression, String sqlType);

  /**
   * The text a Mustache template interpolates for a value ({@code {{column}}}): what the Java
   * mapper renders, NULL for a null (the template writes it as nothing).
   */
  Optional<String> templateText(String expression, String sqlType);

  /**
   * An object expression as the read query returns it: its text, or the text's UTF-8 bytes where
   * the driver reads those faster.
   */
  String readable(String objectExpression);

  /** One name and value of an object. */
  record Member(String name, String value) {}
}
