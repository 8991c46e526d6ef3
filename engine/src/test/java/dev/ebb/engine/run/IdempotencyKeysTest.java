package dev.ebb.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  private final IdempotencyKeys keys = new IdempotencyKeys("contacts_to_crm", "fp1");

  @Test
  void theSameChangeAlwaysGetsTheSameKey() {
    String key = keys.of(Operation.UPSERT, "42", 123_456_789L);

    assertThat(key).matches("[0-9a-f]{32}").doesNotContain("42");
    assertThat(new IdempotencyKeys("contacts_to_crm", "fp1").of(Operation.UPSERT, "42", 123_456_789L)).isEqualTo(key);
  }

  /** Pinned: keys already sent must stay what they were (SHA-256 computed independently). */
  @Test
  void keysAreTheFirst128BitsOfTheSha256OfTheChange() {
    IdempotencyKeys contacts = new IdempotencyKeys("contacts", "fp1");

    assertThat(contacts.of(Operation.UPSERT, "42", -5L)).isEqualTo("229fff0863f6f17dc5c0d138c29702ad");
    assertThat(contacts.of(Operation.DELETE, "42", null)).isEqualTo("cc8b997197f7946eaea9b08e66111759");
  }

  @Test
  void anyPartOfTheChangeChangesTheKey() {
    Set<String> distinct = new HashSet<>(List.of(
        keys.of(Operation.UPSERT, "42", 1L),
        keys.of(Operation.UPSERT, "42", 2L),
        keys.of(Operation.UPSERT, "43", 1L),
        keys.of(Operation.INSERT, "42", 1L),
        keys.of(Operation.DELETE, "42", null),
        new IdempotencyKeys("contacts_to_crm", "fp2").of(Operation.UPSERT, "42", 1L),
        new IdempotencyKeys("other_sync", "fp1").of(Operation.UPSERT, "42", 1L),
        // The separators keep (sync, fingerprint) pairs apart that concatenate alike.
        new IdempotencyKeys("contacts_to_crmf", "p1").of(Operation.UPSERT, "42", 1L)));

    assertThat(distinct).hasSize(8);
  }

  @Test
  void lanesComputeKeysConcurrentlyWithTheSameResults() throws Exception {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      expected.add(keys.of(Operation.UPSERT, "k" + i, (long) i * 31));
    }
    ExecutorService lanes = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int lane = 0; lane < 4; lane++) {
        results.add(lanes.submit(() -> {
          List<String> computed = new ArrayList<>();
          for (int i = 0; i < 2_000; i++) {
            computed.add(keys.of(Operation.UPSERT, "k" + i, (long) i * 31));
          }
          return computed;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      lanes.shutdown();
    }
  }
}
