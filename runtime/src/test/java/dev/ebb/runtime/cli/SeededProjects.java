package dev.ebb.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of {@code sample-project} on embedded DuckDB, seeded once per test class and copied per
 * test. The SQLite app database is pinned inside the copy (a relative SQLite URL would follow the
 * working directory).
 */
final class SeededProjects {

  private static final Path SAMPLE = Path.of("../sample-project");

  private SeededProjects() {}

  /** A seeded copy of the sample project in {@code dir}. */
  static Path seed(Path dir) {
    Path project = copy(SAMPLE, dir.resolve("template"));
    try (Stream<Path> files = Files.list(project)) {
      for (Path stale : files.filter(f -> f.getFileName().toString().startsWith("warehouse.duckdb")).toList()) {
        Files.delete(stale);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CliRun seed = CliRun.of("seed", "--project", project.toString());
    assertThat(seed.exitCode()).as(seed.toString()).isZero();
    return project;
  }

  /** A fresh copy of a seeded template, with its app database inside it. */
  static Path copyOf(Path template, Path dir) {
    Path project = copy(template, dir.resolve("project"));
    try {
      Path appDb = project.resolve("destinations/app_db.yml");
      Files.writeString(appDb, Files.readString(appDb).replace("jdbc:sqlite:app.db", "jdbc:sqlite:" + project.resolve("app.db")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return project;
  }

  static void duckdb(Path project, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + project.resolve("warehouse.duckdb"));
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** The tables of a DuckDB schema. */
  static List<String> duckdbTables(Path project, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + project.resolve("warehouse.duckdb"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  static void write(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
        String relative = from.relativize(source).toString();
        if (relative.startsWith("target") || relative.startsWith(".ebb") || relative.startsWith("output")
            || relative.endsWith(".wal") || relative.equals("app.db")) {
          continue;
        }
        Path target = to.resolve(relative);
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }
}
