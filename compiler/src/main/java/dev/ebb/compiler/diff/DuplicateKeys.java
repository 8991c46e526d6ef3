package dev.ebb.compiler.diff;

import java.util.List;

/**
 * Primary keys the model holds more than once.
 *
 * @param keys how many distinct keys occur more than once
 * @param samples up to 10 of them, as {@code key (n rows)}
 */
public record DuplicateKeys(long keys, List<String> samples) {

  public static final DuplicateKeys NONE = new DuplicateKeys(0, List.of());

  public DuplicateKeys {
    samples = List.copyOf(samples);
  }

  public boolean found() {
    return keys > 0;
  }
}
