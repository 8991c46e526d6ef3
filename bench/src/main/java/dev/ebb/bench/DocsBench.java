package dev.ebb.bench;

import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.compiler.artifact.Manifest;
import dev.ebb.compiler.artifact.ManifestBuilder;
import dev.ebb.compiler.artifact.ManifestWriter;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.project.git.GitInspector;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.docs.site.SiteGenerator;
import dev.ebb.docs.site.SiteReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ebb docs generate} of a generated project (default 500 models, 500 syncs): time to write
 * the whole site (pages, ELK-laid-out lineage SVG, search index) from the manifest, median of
 * several runs in one JVM after a warm-up. Baseline in the same run: writing the manifest JSON
 * itself. Also prints the lineage page's size, which decides how usable it stays in a browser.
 *
 * <p>Usage: {@code bench/run.sh DocsBench [models] [syncs] [runs]}
 */
public final class DocsBench {

  private DocsBench() {}

  public static void main(String[] args) throws Exception {
    int models = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int syncs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path project = GeneratedProject.write(Files.createTempDirectory("ebb-docs-bench"), models, syncs);
    Compilation compilation =
        new Compiler(CalciteModelAnalyzer.create().withLineage(true), DestinationTypes.load()).compile(new DirectoryProjectSource(project));
    Manifest manifest = new ManifestBuilder(
            compilation.project(), compilation.analysis(), GitInspector.inspect(project),
            DefinitionChecksums.of(compilation.project()), compilation.analysis().compiledSql()::compile, "bench", Clock.systemUTC())
        .build();

    double[] site = new double[runs];
    double[] baseline = new double[runs];
    SiteReport report = null;
    for (int i = -1; i < runs; i++) {
      long start = System.nanoTime();
      ManifestWriter.write(manifest, project.resolve("target/manifest.json"));
      double manifestSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      report = new SiteGenerator(manifest, Optional.empty()).generate(project.resolve("target/docs"));
      double siteSeconds = (System.nanoTime() - start) / 1e9;
      if (i >= 0) {
        baseline[i] = manifestSeconds;
        site[i] = siteSeconds;
      } else {
        System.out.printf(Locale.ROOT, "  first (cold) generation:      %.2f s%n", siteSeconds);
      }
    }
    long lineageBytes = Files.size(report.dir().resolve("lineage.html"));
    double siteMedian = median(site);
    double baseMedian = median(baseline);
    System.out.printf(Locale.ROOT, "ebb docs generate, %d models + %d syncs, %d runs after warm-up (median)%n", models, syncs, runs);
    System.out.printf(Locale.ROOT, "  baseline (write manifest.json): %.3f s%n", baseMedian);
    System.out.printf(Locale.ROOT, "  generate site (%d pages):     %.2f s%n", report.pages(), siteMedian);
    System.out.printf(Locale.ROOT, "  lineage.html:                   %.1f MB, %d graph nodes%n",
        lineageBytes / 1e6, manifest.dag().nodes().size());
    System.out.printf(Locale.ROOT, "  ratio site / manifest:          %.1fx   (target: site < 5 s)%n", siteMedian / baseMedian);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
