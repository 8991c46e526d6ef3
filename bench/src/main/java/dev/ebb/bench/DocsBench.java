package dev.ebb.bench;

import dev.ebb.bench.ColdProcess.Sample;
import dev.ebb.bench.LineagePageTiming.Timing;
import dev.ebb.compiler.Compilation;
import dev.ebb.compiler.Compiler;
import dev.ebb.artifacts.Manifest;
import dev.ebb.compiler.artifact.ManifestBuilder;
import dev.ebb.artifacts.ManifestWriter;
import dev.ebb.compiler.checksum.DefinitionChecksums;
import dev.ebb.compiler.destination.DestinationTypes;
import dev.ebb.compiler.project.DirectoryProjectSource;
import dev.ebb.compiler.project.git.GitInspector;
import dev.ebb.compiler.sql.CalciteModelAnalyzer;
import dev.ebb.docs.site.SiteGenerator;
import dev.ebb.docs.site.SiteReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ebb docs generate} of a generated project (default 500 models, 500 syncs), three ways:
 *
 * <ol>
 *   <li>What a user runs: fresh {@code ./ebb docs generate} processes without {@code target/} (so
 *       without the lineage layout cache), then again with the cache, medians of several runs.
 *       Baselines in the same run: {@code ebb validate} of the same project and {@code ebb
 *       --version} (JVM start).
 *   <li>In one JVM: the first site generation (cold JIT, no layout cache), then the median of
 *       later ones (layout cached), against writing {@code manifest.json}.
 *   <li>Whether the lineage page stays usable: headless Chromium opens {@code lineage.html} from
 *       file:// and times it to interactive and a destination-field click to highlighted sources
 *       (skipped with a message when Chromium and chromedriver are not installed).
 * </ol>
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
    System.out.printf(Locale.ROOT, "ebb docs generate, %d models + %d syncs%n", models, syncs);
    coldProcesses(project, runs);
    inOneJvm(project, runs);
    lineagePage(project);
    delete(project);
  }

  private static void coldProcesses(Path project, int runs) throws Exception {
    String launcher = ColdProcess.launcher();
    List<String> version = List.of(launcher, "--version");
    List<String> validate = List.of(launcher, "validate", "--project", project.toString());
    List<String> docs = List.of(launcher, "docs", "generate", "--project", project.toString());
    // Warm-up: the launcher creates its class-data-sharing archive on the first run.
    ColdProcess.runOk(version);
    ColdProcess.runOk(docs);
    List<Sample> versions = new ArrayList<>();
    List<Sample> validations = new ArrayList<>();
    List<Sample> cold = new ArrayList<>();
    List<Sample> cached = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      versions.add(ColdProcess.runOk(version));
      validations.add(ColdProcess.runOk(validate));
      delete(project.resolve("target"));
      cold.add(ColdProcess.runOk(docs));
      cached.add(ColdProcess.runOk(docs));
    }
    System.out.printf(Locale.ROOT, "1. fresh processes through ./ebb, %d runs (median wall / CPU user+sys / peak RSS)%n", runs);
    print("baseline: ebb --version (JVM start)", versions);
    print("baseline: ebb validate", validations);
    print("ebb docs generate, no target/ (cold)", cold);
    print("ebb docs generate, layout cached", cached);
    double coldSeconds = ColdProcess.median(cold, Sample::seconds);
    System.out.printf(Locale.ROOT, "  ratio cold docs generate / validate:  %.2fx   (target: cold docs generate < 5 s)%n",
        coldSeconds / ColdProcess.median(validations, Sample::seconds));
  }

  private static void print(String label, List<Sample> samples) {
    System.out.printf(Locale.ROOT, "  %-38s %5.2f s / %5.2f s / %4.0f MB%n", label + ":",
        ColdProcess.median(samples, Sample::seconds), ColdProcess.median(samples, Sample::cpuSeconds), ColdProcess.median(samples, Sample::rssMb));
  }

  private static void inOneJvm(Path project, int runs) throws IOException {
    delete(project.resolve("target"));
    Compilation compilation =
        new Compiler(CalciteModelAnalyzer.create().withLineage(true), DestinationTypes.load()).compile(new DirectoryProjectSource(project));
    Manifest manifest = new ManifestBuilder(
            compilation.project(), compilation.analysis(), GitInspector.inspect(project),
            DefinitionChecksums.of(compilation.project()), compilation.analysis().compiledSql()::compile, "bench", Clock.systemUTC())
        .build();
    double[] site = new double[runs];
    double[] baseline = new double[runs];
    double first = 0;
    SiteReport report = null;
    for (int i = -1; i < runs; i++) {
      long start = System.nanoTime();
      ManifestWriter.write(manifest, project.resolve("target/manifest.json"));
      double manifestSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      report = new SiteGenerator(manifest, Optional.empty()).generate(project.resolve("target/docs"));
      double siteSeconds = (System.nanoTime() - start) / 1e9;
      if (i < 0) {
        first = siteSeconds;
      } else {
        baseline[i] = manifestSeconds;
        site[i] = siteSeconds;
      }
    }
    long lineageBytes = Files.size(report.dir().resolve("lineage.html"));
    double siteMedian = ColdProcess.median(site);
    double baseMedian = ColdProcess.median(baseline);
    System.out.printf(Locale.ROOT, "2. in one JVM (site from the manifest; the project is compiled once beforehand)%n");
    System.out.printf(Locale.ROOT, "  first generation (cold JIT, no layout cache): %.2f s%n", first);
    System.out.printf(Locale.ROOT, "  baseline (write manifest.json), median:       %.3f s%n", baseMedian);
    System.out.printf(Locale.ROOT, "  later generations (layout cached), median:    %.2f s (%d pages), %.1fx the manifest%n",
        siteMedian, report.pages(), siteMedian / baseMedian);
    System.out.printf(Locale.ROOT, "  lineage.html:                                 %.1f MB, %d graph nodes%n",
        lineageBytes / 1e6, manifest.dag().nodes().size());
  }

  /** Sync s0 maps email from model m0, which reads it from raw.customers_0 (see GeneratedProject). */
  private static void lineagePage(Path project) throws IOException {
    Path page = project.resolve("target/docs/lineage.html");
    Optional<List<Timing>> timings = LineagePageTiming.measure(page, "s0", "email", "source:raw.customers_0", 3);
    if (timings.isEmpty()) {
      System.out.println("3. lineage page in a browser: skipped, install chromium and chromium-driver ("
          + LineagePageTiming.CHROMIUM + ", " + LineagePageTiming.CHROMEDRIVER + ")");
      return;
    }
    List<Timing> all = timings.get();
    System.out.printf(Locale.ROOT, "3. lineage.html in headless Chromium from file://, %d loads (median)%n", all.size());
    System.out.printf(Locale.ROOT, "  open to interactive (script set up, first frame painted): %.0f ms%n",
        ColdProcess.median(all.stream().mapToDouble(Timing::interactiveMs).toArray()));
    System.out.printf(Locale.ROOT, "  click s0.email to its sources highlighted and painted:    %.0f ms%n",
        ColdProcess.median(all.stream().mapToDouble(Timing::clickMs).toArray()));
  }

  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
