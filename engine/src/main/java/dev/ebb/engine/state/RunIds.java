package dev.ebb.engine.state;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Monotonic ULIDs: 48 bits of milliseconds then 80 random bits, in Crockford base32, so run ids
 * sort by creation time as plain strings. Within one millisecond the random part is incremented,
 * keeping ids of one process in creation order.
 */
final class RunIds {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int TIME_DIGITS = 10;
  private static final int RANDOM_DIGITS = 16;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final int[] randomPart = new int[RANDOM_DIGITS];
  private long lastMillis = -1;

  RunIds(Clock clock) {
    this.clock = clock;
  }

  synchronized String next() {
    long millis = clock.millis();
    if (millis == lastMillis) {
      increment();
    } else {
      lastMillis = millis;
      for (int i = 0; i < RANDOM_DIGITS; i++) {
        randomPart[i] = random.nextInt(32);
      }
      randomPart[0] &= 15; // leaves room to increment without overflowing 80 bits
    }
    char[] id = new char[TIME_DIGITS + RANDOM_DIGITS];
    long time = millis;
    for (int i = TIME_DIGITS - 1; i >= 0; i--) {
      id[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    for (int i = 0; i < RANDOM_DIGITS; i++) {
      id[TIME_DIGITS + i] = ALPHABET[randomPart[i]];
    }
    return new String(id);
  }

  private void increment() {
    for (int i = RANDOM_DIGITS - 1; i >= 0; i--) {
      randomPart[i] = (randomPart[i] + 1) & 31;
      if (randomPart[i] != 0) {
        return;
      }
    }
  }
}
