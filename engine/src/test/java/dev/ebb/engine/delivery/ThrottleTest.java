package dev.ebb.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.engine.state.DestinationControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared slot time line, in simulated time: every slot is asked for at the moment given. */
class ThrottleTest {

  private static final long SECOND = 1_000_000_000L;
  private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");
  private static final long T0 = Throttle.epochNanos(START);
  private static final double RATE = 100;

  private static Throttle throttle(double rate, ControlStore store) {
    return new Throttle(rate, new ControlView(store), Clock.fixed(START, ZoneOffset.UTC));
  }

  @Test
  void aLeaseStartsAtTheFirstFreeSlotButNeverBeforeNowNorARetryAfter() {
    DestinationControl fresh = DestinationControl.initial("crm");

    assertThat(Throttle.reserve(fresh, 1_000, 5, 10).nextSlot()).as("behind: from now").isEqualTo(1_050);
    assertThat(Throttle.reserve(fresh.withNextSlot(5_000), 1_000, 5, 10).nextSlot())
        .as("after the leases of others")
        .isEqualTo(5_050);
    assertThat(Throttle.reserve(fresh.withNextSlot(5_000).withNotBefore(9_000), 1_000, 5, 10).nextSlot())
        .as("after a Retry-After")
        .isEqualTo(9_050);
  }

  @Test
  void aProcessAloneGetsAtLeast95PercentOfTheRate() {
    List<Long> slots = saturate(List.of(throttle(RATE, ControlStore.local("crm"))), 10 * SECOND).get(0);

    assertThat(slots.size()).isBetween((int) (0.95 * RATE * 10), (int) (RATE * 10));
    assertSpacedAtLeast(slots, SECOND / (long) RATE);
  }

  @Test
  void twoProcessesSharingTheStoreKeepTheRateTogetherAndShareIt() {
    ControlStore shared = ControlStore.local("crm");
    List<List<Long>> slots = saturate(List.of(throttle(RATE, shared), throttle(RATE, shared)), 10 * SECOND);

    List<Long> all = new ArrayList<>(slots.get(0));
    all.addAll(slots.get(1));
    all.sort(null);
    assertThat(all).doesNotHaveDuplicates();
    assertThat(all.size()).isBetween((int) (0.95 * RATE * 10), (int) (RATE * 10) + 2);
    assertThat(slots).allSatisfy(own -> assertThat(own.size()).isGreaterThan(all.size() * 2 / 5));
    // In every second, at most the rate (and the two leases cut by its edges).
    for (long from = T0; from < T0 + 9 * SECOND; from += SECOND / 10) {
      long start = from;
      assertThat(all.stream().filter(s -> s >= start && s < start + SECOND).count()).isLessThanOrEqualTo((long) RATE + 2);
    }
  }

  @Test
  void withoutAStoreInCommonEachProcessWouldTakeTheWholeRate() {
    // What the shared store prevents: the same two senders, each with a store of its own.
    List<List<Long>> slots =
        saturate(List.of(throttle(RATE, ControlStore.local("crm")), throttle(RATE, ControlStore.local("crm"))), 10 * SECOND);

    assertThat(slots.get(0).size() + slots.get(1).size()).isGreaterThan((int) (1.9 * RATE * 10));
  }

  @Test
  void theLeaseReservedAheadFollowsTheCurrentOneWithoutAGap() {
    Throttle throttle = throttle(RATE, ControlStore.local("crm"));
    List<Long> slots = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      slots.add(throttle.take(T0));
      throttle.reserveAhead(T0);
    }

    // Three leases of ten slots: the same spacing all along.
    long spacing = slots.get(1) - slots.get(0);
    assertThat(spacing).isEqualTo(Math.round(1.01 * SECOND / RATE));
    for (int i = 1; i < slots.size(); i++) {
      assertThat(slots.get(i) - slots.get(i - 1)).as("slot %d", i).isEqualTo(spacing);
    }
  }

  @Test
  void slotsLeftUnusedAreDroppedNotCaughtUpOn() {
    Throttle throttle = throttle(RATE, ControlStore.local("crm"));
    throttle.take(T0);
    long later = T0 + 5 * SECOND;

    List<Long> burst = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      burst.add(throttle.take(later)); // twenty requests at once after an idle while
    }

    assertThat(burst.get(0)).isEqualTo(later);
    assertSpacedAtLeast(burst, SECOND / (long) RATE);
  }

  @Test
  void aRetryAfterOfOneProcessHoldsBackTheOther() {
    ControlStore shared = ControlStore.local("crm");
    Throttle first = throttle(RATE, shared);
    Throttle second = throttle(RATE, shared);

    first.deferFor(Duration.ofSeconds(2));

    assertThat(second.take(T0)).isGreaterThanOrEqualTo(T0 + 2 * SECOND);
    assertThat(shared.read().notBefore()).isEqualTo(T0 + 2 * SECOND);
  }

  @Test
  void aThrottledProcessSpacesItsSlotsWider() {
    Throttle throttle = throttle(RATE, ControlStore.local("crm"));
    long before = -throttle.take(T0) + throttle.take(T0);

    throttle.throttled();
    long after = -throttle.take(T0 + SECOND) + throttle.take(T0 + SECOND);

    assertThat(throttle.currentRate()).isLessThan(RATE);
    assertThat(after).isGreaterThan(before);
  }

  /**
   * Senders that always want to send: each asks for its next slot at the time of its last one, the
   * one whose turn comes first asking first. Returns each sender's slots before {@code duration}
   * has passed.
   */
  private static List<List<Long>> saturate(List<Throttle> senders, long duration) {
    List<List<Long>> slots = new ArrayList<>();
    long[] at = new long[senders.size()];
    boolean[] done = new boolean[senders.size()];
    for (int i = 0; i < senders.size(); i++) {
      slots.add(new ArrayList<>());
      at[i] = T0;
    }
    int next;
    while ((next = earliest(at, done)) >= 0) {
      long slot = senders.get(next).take(at[next]);
      if (slot >= T0 + duration) {
        done[next] = true;
      } else {
        slots.get(next).add(slot);
        at[next] = slot;
      }
    }
    return slots;
  }

  private static int earliest(long[] at, boolean[] done) {
    int earliest = -1;
    for (int i = 0; i < at.length; i++) {
      if (!done[i] && (earliest < 0 || at[i] < at[earliest])) {
        earliest = i;
      }
    }
    return earliest;
  }

  private static void assertSpacedAtLeast(List<Long> slots, long spacing) {
    for (int i = 1; i < slots.size(); i++) {
      assertThat(slots.get(i) - slots.get(i - 1)).as("slot %d", i).isGreaterThanOrEqualTo(spacing);
    }
  }
}
