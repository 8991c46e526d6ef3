package dev.ebb.engine.delivery;

/** A record the destination refused for good, with its reason. */
public record DeadLetter(String destination, SequencedRecord record, String reason) {}
