package dev.ebb.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.compiler.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SQL written the way analysts write it, over small seeded TPC-H- and TPC-DS-like tables: {@code
 * semantic/tables.sql} creates and fills them, each {@code semantic/queries/<model>.sql} is one
 * model reading them from the schema in {@code {{vars.schema}}}.
 */
final class SemanticCorpus {

  private static final Path ROOT = TestingProjectFiles.resource("semantic");
  private static final Pattern CREATE = Pattern.compile("CREATE TABLE \\{\\{schema}}\\.(\\w+) \\((.*)\\);");

  private SemanticCorpus() {}

  /** The statements that create and seed the tables in {@code schema}, in order. */
  static List<String> tableStatements(String schema) {
    String text = read(ROOT.resolve("tables.sql")).replaceAll("(?m)^--.*\\n", "").replace("{{schema}}", schema);
    return Arrays.stream(text.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The corpus as a project whose sources are the tables in {@code schema}, every model validated. */
  static ModelSqlCompiler compile(String schema) {
    TestingProject project = TestingProject.create().var("schema", schema);
    Matcher table = CREATE.matcher(read(ROOT.resolve("tables.sql")));
    while (table.find()) {
      String[] columns = table.group(2).split(",\\s*(?![^()]*\\))");
      project.source(schema + "." + table.group(1), columns);
    }
    models().forEach(name -> project.model(name, read(ROOT.resolve("queries").resolve(name + ".sql"))));
    Diagnostics diagnostics = new Diagnostics();
    ModelSqlCompiler compiler = CalciteModelAnalyzer.create().analyzeForCompilation(project.build(), diagnostics);
    assertThat(diagnostics.sorted()).as("the corpus validates").isEmpty();
    return compiler;
  }

  static List<String> models() {
    try (Stream<Path> files = Files.list(ROOT.resolve("queries"))) {
      return files.map(f -> f.getFileName().toString().replaceFirst("\\.sql$", "")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
