package dev.ebb.compiler.diagnostic;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test reports: one test suite, one test case per checked file, one {@code
 * <failure>} per error in that file. Warnings go to the test case's {@code <system-out>}, so they
 * are visible without failing it.
 */
public final class JunitDiagnosticRenderer implements DiagnosticRenderer {

  static final String SUITE = "ebb validate";

  @Override
  public String render(DiagnosticReport report) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      newline(xml, 0);
      xml.writeStartElement("testsuites");
      newline(xml, 1);
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", SUITE);
      xml.writeAttribute("tests", Integer.toString(report.files().size()));
      xml.writeAttribute(
          "failures",
          Long.toString(report.files().stream().filter(f -> hasError(report.in(f))).count()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      for (String file : report.files()) {
        writeTestCase(xml, file, report.in(file));
      }
      newline(xml, 1);
      xml.writeEndElement();
      newline(xml, 0);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      // Writing to a StringWriter does not fail; text is cleaned of characters XML cannot hold.
      throw new IllegalStateException(e);
    }
    return out.append('\n').toString();
  }

  private static void writeTestCase(XMLStreamWriter xml, String file, List<Diagnostic> found)
      throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "ebb");
    xml.writeAttribute("name", clean(file));
    StringBuilder warnings = new StringBuilder();
    for (Diagnostic diagnostic : found) {
      if (!diagnostic.isError()) {
        warnings.append(describe(diagnostic)).append('\n');
        continue;
      }
      newline(xml, 3);
      xml.writeStartElement("failure");
      xml.writeAttribute("type", diagnostic.code().id());
      // Parsers fold newlines in attributes anyway; say so explicitly.
      xml.writeAttribute("message", clean(diagnostic.message()).replaceAll("\\s*\\R\\s*", " "));
      xml.writeCharacters(clean(describe(diagnostic)));
      xml.writeEndElement();
    }
    if (!warnings.isEmpty()) {
      newline(xml, 3);
      xml.writeStartElement("system-out");
      xml.writeCharacters(clean(warnings.toString()));
      xml.writeEndElement();
    }
    if (!found.isEmpty()) {
      newline(xml, 2);
    }
    xml.writeEndElement();
  }

  private static boolean hasError(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  private static String describe(Diagnostic diagnostic) {
    return diagnostic.hint() == null || diagnostic.hint().isBlank()
        ? diagnostic.headline()
        : diagnostic.headline() + "\n  hint: " + diagnostic.hint();
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** XML 1.0 cannot carry most control characters, even escaped: replace them. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              out.appendCodePoint(allowed ? c : 0xFFFD);
            });
    return out.toString();
  }
}
