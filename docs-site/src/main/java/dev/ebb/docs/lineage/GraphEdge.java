package dev.ebb.docs.lineage;

/** Data flows from {@code from} to {@code to} (node ids). */
public record GraphEdge(String from, String to) {}
