package dev.ebb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as a fresh process under {@code /usr/bin/time -v}, as a user or CI would run
 * {@code ./ebb}: wall time, CPU time (user + system, which says more than wall time on a shared
 * machine) and peak RSS.
 */
final class ColdProcess {

  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

  private ColdProcess() {}

  record Sample(double seconds, double cpuSeconds, double rssMb, int exitCode, String output) {}

  /** The {@code ./ebb} launcher of the repository the benchmark runs from. */
  static String launcher() {
    return Path.of("ebb").toAbsolutePath().toString();
  }

  static Sample run(List<String> command) throws IOException, InterruptedException {
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    timed.addAll(command);
    Path log = Files.createTempFile("ebb-bench", ".log");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log);
    Files.delete(log);
    double rss = number(RSS, output) / 1024.0;
    return new Sample(seconds, number(USER, output) + number(SYSTEM, output), rss, exit, output);
  }

  /** Runs the command and fails the benchmark when it fails: a failed run measures nothing. */
  static Sample runOk(List<String> command) throws IOException, InterruptedException {
    Sample sample = run(command);
    if (sample.exitCode() != 0) {
      System.out.println(sample.output());
      throw new IllegalStateException(String.join(" ", command) + " failed (exit " + sample.exitCode() + ")");
    }
    return sample;
  }

  private static double number(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
    return median(samples.stream().mapToDouble(value).toArray());
  }
}
