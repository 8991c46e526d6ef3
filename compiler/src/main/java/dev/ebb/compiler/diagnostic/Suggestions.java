package dev.ebb.compiler.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" hints: the closest known name to a misspelt one. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate nearest to {@code input}, if one is close enough to be a likely typo, else the
   * shortest candidate that {@code input} begins (a name typed without its suffix).
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    int threshold = Math.max(2, input.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    Optional<String> typo =
        candidates.stream()
            .filter(c -> distance.apply(input, c) >= 0)
            .min(Comparator.comparingInt((String c) -> distance.apply(input, c))
                .thenComparing(Comparator.naturalOrder()));
    if (typo.isPresent() || input.isEmpty()) {
      return typo;
    }
    return candidates.stream()
        .filter(c -> c.startsWith(input))
        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
  }

  /** {@code did you mean 'email'?}, or {@code null} when nothing is close. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(c -> "did you mean '" + c + "'?").orElse(null);
  }
}
