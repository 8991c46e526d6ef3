package dev.ebb.compiler.diagnostic;

import dev.ebb.compiler.testing.GoldenFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagnosticRendererTest {

  private static final DiagnosticReport REPORT =
      new DiagnosticReport(
          List.of(
              Diagnostic.warning(
                  DiagnosticCode.EBB113,
                  new SourceLocation("models/props.yml", 4, 5),
                  "properties describe model 'old_model', which has no SQL file"),
              Diagnostic.error(
                  DiagnosticCode.EBB104,
                  new SourceLocation("models/active_users.sql", 12, 8),
                  "column 'emial' not found in analytics.users",
                  "did you mean 'email'?"),
              Diagnostic.error(
                  DiagnosticCode.EBB170,
                  new SourceLocation("syncs/a, b.yml", 9, 14),
                  "template \"{{first}}\" reads <unknown> column & fails: 100%\nsecond line")),
          new TreeSet<>(List.of("ebb_project.yml", "models/active_users.sql", "sources.yml")));

  @Test
  void textPutsHintOnItsOwnLineAndEndsWithSummary() throws Exception {
    String text = new TextDiagnosticRenderer().render(REPORT);

    assertThat(text)
        .contains(
            "models/active_users.sql:12:8: error[EBB104]: column 'emial' not found in"
                + " analytics.users\n  hint: did you mean 'email'?\n")
        .endsWith("2 errors, 1 warning in 5 files\n");
    GoldenFile.assertMatches("diagnostics/report.txt", text);
  }

  @Test
  void summaryUsesSingularForOne() {
    DiagnosticReport clean = new DiagnosticReport(List.of(), new TreeSet<>(List.of("a.yml")));

    assertThat(clean.summary()).isEqualTo("0 errors, 0 warnings in 1 file");
  }

  @Test
  void jsonCarriesEveryFieldOfEveryDiagnostic() throws Exception {
    String json = new JsonDiagnosticRenderer().render(REPORT);

    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("schema_version").asText()).isEqualTo("ebb/diagnostics/v1");
    assertThat(root.get("summary").get("errors").asInt()).isEqualTo(2);
    assertThat(root.get("summary").get("files").asInt()).isEqualTo(5);
    JsonNode first = root.get("diagnostics").get(0);
    assertThat(first.get("code").asText()).isEqualTo("EBB104");
    assertThat(first.get("slug").asText()).isEqualTo("column-not-found");
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("file").asText()).isEqualTo("models/active_users.sql");
    assertThat(first.get("line").asInt()).isEqualTo(12);
    assertThat(first.get("column").asInt()).isEqualTo(8);
    assertThat(first.get("hint").asText()).isEqualTo("did you mean 'email'?");
    assertThat(root.get("diagnostics").get(1).get("hint").isNull()).isTrue();
    GoldenFile.assertMatches("diagnostics/report.json", json);
  }

  @Test
  void githubEscapesDataAndProperties() throws Exception {
    String github = new GithubDiagnosticRenderer().render(REPORT);

    assertThat(github)
        .contains(
            "::error file=models/active_users.sql,line=12,col=8,title=EBB104::column 'emial' not"
                + " found in analytics.users%0Ahint: did you mean 'email'?\n")
        .contains("::error file=syncs/a%2C b.yml,line=9,col=14,title=EBB170::")
        .contains("fails: 100%25%0Asecond line\n")
        .contains("::warning file=models/props.yml,line=4,col=5,title=EBB113::");
    assertThat(GithubDiagnosticRenderer.escapeProperty("C:\\a,b%\r\n"))
        .isEqualTo("C%3A\\a%2Cb%25%0D%0A");
    GoldenFile.assertMatches("diagnostics/report.github.txt", github);
  }

  @Test
  void junitHasOneTestCasePerFileAndOneFailurePerError() throws Exception {
    String xml = new JunitDiagnosticRenderer().render(REPORT);

    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    NodeList cases = document.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    NodeList failures = document.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(2);
    Element escaped = (Element) failures.item(1);
    assertThat(escaped.getAttribute("type")).isEqualTo("EBB170");
    assertThat(escaped.getAttribute("message")).startsWith("template \"{{first}}\" reads <unknown>");
    assertThat(escaped.getTextContent()).contains("& fails: 100%\nsecond line");
    assertThat(document.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("warning[EBB113]");
    GoldenFile.assertMatches("diagnostics/report.junit.xml", xml);
  }

  @Test
  void junitReplacesCharactersXmlCannotHold() {
    assertThat(JunitDiagnosticRenderer.clean("a\u0000b\u001bc")).isEqualTo("a\uFFFDb\uFFFDc");
  }

  @Test
  void formatsAreChosenByTheirOptionValue() {
    assertThat(DiagnosticFormat.fromOption("github")).contains(DiagnosticFormat.GITHUB);
    assertThat(DiagnosticFormat.fromOption("xml")).isEmpty();
    assertThat(DiagnosticFormat.JUNIT.renderer()).isInstanceOf(JunitDiagnosticRenderer.class);
  }
}
