package dev.ebb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold {@code ebb validate} of a generated project (default 1,000 models and 1,000 syncs), each run
 * a fresh process through the {@code ./ebb} launcher, as CI would run it. Baseline in the same
 * run: the same launcher printing {@code --version} (JVM start + jar open, no work). Prints wall
 * time and peak RSS (from {@code /usr/bin/time -v}) as medians.
 *
 * <p>Usage: {@code bench/run.sh ValidateBench [models] [syncs] [runs]}
 */
public final class ValidateBench {

  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  private ValidateBench() {}

  public static void main(String[] args) throws Exception {
    int models = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int syncs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    Path project = GeneratedProject.write(Files.createTempDirectory("ebb-validate-bench"), models, syncs);
    Path launcher = Path.of("ebb").toAbsolutePath();

    // One warm-up each: the launcher creates its class-data-sharing archive on the first run.
    measure(List.of(launcher.toString(), "--version"));
    Sample warmup = measure(List.of(launcher.toString(), "validate", "--project", project.toString()));
    if (warmup.exitCode != 0) {
      System.out.println(warmup.output);
      throw new IllegalStateException("ebb validate failed on the generated project (exit " + warmup.exitCode + ")");
    }

    List<Sample> baseline = new ArrayList<>();
    List<Sample> validate = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      baseline.add(measure(List.of(launcher.toString(), "--version")));
      validate.add(measure(List.of(launcher.toString(), "validate", "--project", project.toString())));
    }
    double baseSeconds = median(baseline.stream().mapToDouble(s -> s.seconds).toArray());
    double validateSeconds = median(validate.stream().mapToDouble(s -> s.seconds).toArray());
    double validateRss = median(validate.stream().mapToDouble(s -> s.rssMb).toArray());
    System.out.printf(Locale.ROOT, "ebb validate, %d models + %d syncs, %d cold runs (median)%n", models, syncs, runs);
    System.out.printf(Locale.ROOT, "  baseline (ebb --version, JVM start): %.2f s%n", baseSeconds);
    System.out.printf(Locale.ROOT, "  ebb validate:                        %.2f s, peak RSS %.0f MB%n", validateSeconds, validateRss);
    System.out.printf(Locale.ROOT, "  ratio validate / JVM start:          %.2fx   (target: validate <= 2.0 s)%n", validateSeconds / baseSeconds);
  }

  private record Sample(double seconds, double rssMb, int exitCode, String output) {}

  private static Sample measure(List<String> command) throws IOException, InterruptedException {
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    timed.addAll(command);
    Path log = Files.createTempFile("ebb-bench", ".log");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log);
    Files.delete(log);
    Matcher m = RSS.matcher(output);
    double rss = m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    return new Sample(seconds, rss, exit, output);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
