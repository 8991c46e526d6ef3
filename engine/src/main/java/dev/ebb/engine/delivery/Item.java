package dev.ebb.engine.delivery;

/** A record on its way through a lane, with its settlement slot. */
record Item(long slot, PendingRecord record) {

  static final Item END = new Item(-1, null);
}
