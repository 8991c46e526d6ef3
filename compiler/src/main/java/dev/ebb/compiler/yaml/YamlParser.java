package dev.ebb.compiler.yaml;

import dev.ebb.compiler.diagnostic.DiagnosticCode;
import dev.ebb.compiler.diagnostic.Diagnostics;
import dev.ebb.compiler.diagnostic.SourceLocation;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML into located nodes with SnakeYAML's compose API, which builds a node tree and never
 * instantiates Java objects. Limits stop alias bombs and oversized files; {@link NodeSafety}
 * rejects non-standard tags, recursive aliases and duplicate keys. One instance is reused for
 * every file of a project (not thread-safe).
 */
public final class YamlParser {

  /** Non-scalar aliases allowed per document: enough for real reuse, far from a "billion laughs". */
  public static final int MAX_ALIASES = 20;

  /** The largest file accepted, in code points. */
  public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  private final Yaml yaml;

  public YamlParser() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(50);
    options.setAllowDuplicateKeys(true); // reported by NodeSafety, with both locations
    // Composing never instantiates a tag's class; NodeSafety reports foreign tags with a location.
    options.setTagInspector(tag -> true);
    this.yaml = new Yaml(options);
  }

  /**
   * Parses one single-document file. Problems are reported to {@code diagnostics}; the result is
   * empty when the file cannot be used at all, and a null node for an empty file.
   *
   * @param file the project-relative path, for locations
   */
  public Optional<YamlNode> parse(String file, String text, Diagnostics diagnostics) {
    if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      // Checked before SnakeYAML, which would scan the whole oversized input first.
      diagnostics.error(
          DiagnosticCode.EBB107,
          SourceLocation.of(file),
          "unsafe YAML: the file is larger than " + MAX_CODE_POINTS + " characters");
      return Optional.empty();
    }
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      diagnostics.error(DiagnosticCode.EBB101, locate(file, e), "invalid YAML: " + describe(e));
      return Optional.empty();
    } catch (YAMLException e) {
      // Limits (aliases, size, depth) are reported without a mark by SnakeYAML.
      diagnostics.error(
          DiagnosticCode.EBB107,
          SourceLocation.of(file),
          "unsafe YAML: " + e.getMessage(),
          "ebb accepts at most " + MAX_ALIASES + " aliases and " + MAX_CODE_POINTS
              + " characters per file");
      return Optional.empty();
    }
    if (root == null) {
      return Optional.of(emptyDocument(file));
    }
    YamlNode node = new YamlNode(root, file);
    return new NodeSafety(diagnostics).check(node) ? Optional.of(node) : Optional.empty();
  }

  private YamlNode emptyDocument(String file) {
    return new YamlNode(yaml.compose(new StringReader("{}")), file);
  }

  private static SourceLocation locate(String file, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    if (mark == null) {
      return SourceLocation.of(file);
    }
    return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    return context.isEmpty() ? problem : problem.isEmpty() ? context : problem + " (" + context + ")";
  }
}
