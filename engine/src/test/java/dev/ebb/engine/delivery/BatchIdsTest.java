package dev.ebb.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.destination.api.Operation;
import dev.ebb.destination.api.OutboundRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchIdsTest {

  /** Pinned: ids already sent must stay what they were (SHA-256 computed independently). */
  @Test
  void idsAreTheFirst128BitsOfTheSha256OfTheRecordsIdempotencyKeys() {
    assertThat(BatchIds.of(List.of(
        record("1", "229fff0863f6f17dc5c0d138c29702ad"), record("2", "cc8b997197f7946eaea9b08e66111759"))))
        .isEqualTo("dbee0171656361a84f65337c2bc89044");
    // Records without an idempotency key count by their key, as UTF-8.
    assertThat(BatchIds.of(List.of(record("42", null), record("été", null))))
        .isEqualTo("b0c0bcfdc516c38e8899718341345e0a");
    assertThat(BatchIds.of(List.of())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb924");
  }

  @Test
  void longKeysGiveTheSameIdAsHashingRecordByRecord() throws Exception {
    List<OutboundRecord> records = new ArrayList<>();
    MessageDigest byRecord = MessageDigest.getInstance("SHA-256");
    for (int i = 0; i < 1_000; i++) {
      String key = "customer-" + "x".repeat(i % 70) + "-" + i;
      records.add(record(key, null));
      byRecord.update(key.getBytes(StandardCharsets.UTF_8));
      byRecord.update((byte) 0);
    }

    assertThat(BatchIds.of(records)).isEqualTo(HexFormat.of().formatHex(byRecord.digest(), 0, 16));
  }

  @Test
  void theOrderOfTheRecordsChangesTheId() {
    OutboundRecord a = record("a", null);
    OutboundRecord b = record("b", null);

    assertThat(BatchIds.of(List.of(a, b)))
        .isEqualTo(BatchIds.of(List.of(a, b)))
        .isNotEqualTo(BatchIds.of(List.of(b, a)));
  }

  private static OutboundRecord record(String key, String idempotencyKey) {
    return new OutboundRecord(key, Operation.UPSERT, key, Map.of(), idempotencyKey);
  }
}
