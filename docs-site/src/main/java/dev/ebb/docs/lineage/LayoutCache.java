package dev.ebb.docs.lineage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Keeps the last layout of the lineage graph in a file, keyed by a checksum of everything the
 * layout depends on: ELK dominates docs generation of large projects, and most regenerations change
 * descriptions or SQL, not the DAG. Best effort: an unreadable or stale file is laid out again.
 */
public final class LayoutCache {

  // Bump when ElkLayout's options or NodeSizes change: old files then no longer match.
  private static final String VERSION = "elk-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public LayoutCache(Path file) {
    this.file = file;
  }

  /** The cached layout of this graph, or {@code layout}'s, which is then cached. */
  public GraphLayout layout(LineageGraph graph, Function<LineageGraph, GraphLayout> layout) {
    String checksum = checksum(graph);
    GraphLayout cached = read(checksum);
    if (cached != null) {
      return cached;
    }
    GraphLayout fresh = layout.apply(graph);
    write(new Entry(checksum, fresh));
    return fresh;
  }

  record Entry(String checksum, GraphLayout layout) {}

  private GraphLayout read(String checksum) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Entry entry = JSON.readValue(file.toFile(), Entry.class);
      return checksum.equals(entry.checksum()) ? entry.layout() : null;
    } catch (IOException | RuntimeException e) {
      return null; // a damaged or older-format cache only costs a fresh layout
    }
  }

  private void write(Entry entry) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writeValue(file.toFile(), entry);
    } catch (IOException e) {
      // A read-only output folder still gets its site; the next run lays out again.
    }
  }

  /** Ids, kinds and sizes of the nodes and the edges in order: all ELK sees. */
  static String checksum(LineageGraph graph) {
    StringBuilder text = new StringBuilder(VERSION).append('\n');
    for (GraphNode node : graph.nodes()) {
      text.append(node.id()).append('\t').append(node.kind()).append('\t').append(NodeSizes.height(node)).append('\n');
    }
    for (GraphEdge edge : graph.edges()) {
      text.append(edge.from()).append(" -> ").append(edge.to()).append('\n');
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
