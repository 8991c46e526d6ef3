package dev.ebb.bench;

import dev.ebb.bench.ColdProcess.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold {@code ebb validate} of a generated project (default 1,000 models and 1,000 syncs), each run
 * a fresh process through the {@code ./ebb} launcher, as CI would run it. Baseline in the same
 * run: the same launcher printing {@code --version} (JVM start + jar open, no work). Prints wall
 * time and peak RSS (from {@code /usr/bin/time -v}) as medians.
 *
 * <p>Usage: {@code bench/run.sh ValidateBench [models] [syncs] [runs]}
 */
public final class ValidateBench {

  private ValidateBench() {}

  public static void main(String[] args) throws Exception {
    int models = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int syncs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    Path project = GeneratedProject.write(Files.createTempDirectory("ebb-validate-bench"), models, syncs);
    String launcher = ColdProcess.launcher();

    // One warm-up each: the launcher creates its class-data-sharing archive on the first run.
    ColdProcess.runOk(List.of(launcher, "--version"));
    ColdProcess.runOk(List.of(launcher, "validate", "--project", project.toString()));

    List<Sample> baseline = new ArrayList<>();
    List<Sample> validate = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      baseline.add(ColdProcess.runOk(List.of(launcher, "--version")));
      validate.add(ColdProcess.runOk(List.of(launcher, "validate", "--project", project.toString())));
    }
    double baseSeconds = ColdProcess.median(baseline, Sample::seconds);
    double validateSeconds = ColdProcess.median(validate, Sample::seconds);
    double validateRss = ColdProcess.median(validate, Sample::rssMb);
    System.out.printf(Locale.ROOT, "ebb validate, %d models + %d syncs, %d cold runs (median)%n", models, syncs, runs);
    System.out.printf(Locale.ROOT, "  baseline (ebb --version, JVM start): %.2f s%n", baseSeconds);
    System.out.printf(Locale.ROOT, "  ebb validate:                        %.2f s, peak RSS %.0f MB%n", validateSeconds, validateRss);
    System.out.printf(Locale.ROOT, "  ratio validate / JVM start:          %.2fx   (target: validate <= 2.0 s)%n", validateSeconds / baseSeconds);
  }
}
