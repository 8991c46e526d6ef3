package dev.ebb.engine.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void timestampsWithoutAZoneAreWrittenAsUtc() {
    LocalDateTime wallClock = LocalDateTime.of(2023, 11, 14, 22, 13, 20);

    assertThat(JsonValues.of(wallClock)).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(JsonValues.of(Timestamp.valueOf(wallClock))).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(JsonValues.of(wallClock.withNano(500_000_000))).isEqualTo("2023-11-14T22:13:20.5Z");
    assertThat(JsonValues.of(wallClock.withSecond(0))).isEqualTo("2023-11-14T22:13:00Z");
    assertThat(JsonValues.of(Instant.parse("2024-02-29T00:00:00.000123Z"))).isEqualTo("2024-02-29T00:00:00.000123Z");
  }

  @Test
  void zonedTimestampsKeepTheirOffset() {
    OffsetDateTime paris = OffsetDateTime.of(2023, 11, 14, 23, 13, 20, 0, ZoneOffset.ofHours(1));

    assertThat(JsonValues.of(paris)).isEqualTo("2023-11-14T23:13:20+01:00");
    assertThat(JsonValues.of(paris.withOffsetSameInstant(ZoneOffset.UTC))).isEqualTo("2023-11-14T22:13:20Z");
  }

  @Test
  void utcIsWrittenExactlyAsTheIsoFormatterWritesIt() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      int year = i % 100 == 0 ? -5 + random.nextInt(20_010) : random.nextInt(10_000);
      int nano = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1_000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      LocalDateTime t = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28),
          random.nextInt(24), random.nextInt(60), random.nextInt(60), nano);

      assertThat(JsonValues.utc(t)).as(t.toString())
          .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC)));
    }
  }
}
