package dev.ebb.destinations.file;

import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import dev.ebb.destination.api.OutboundRecord;
import dev.ebb.destination.api.RecordBatch;
import dev.ebb.destination.api.WriteResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends a run's lines to its file (a resumed run appends to the same file); fsync on close. */
final class FileObjectWriter implements ObjectWriter {

  private final Path file;
  private final LineFormat format;
  private final ObjectBinding binding;
  private final FileChannel channel;

  FileObjectWriter(Path file, LineFormat format, ObjectBinding binding) throws IOException {
    this.file = file;
    this.format = format;
    this.binding = binding;
    Files.createDirectories(file.getParent());
    this.channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    String header = format.header(binding);
    if (header != null && channel.size() == 0) {
      append(header + "\n");
    }
  }

  @Override
  public boolean acceptsFieldsJson() {
    return format.acceptsFieldsJson();
  }

  @Override
  public synchronized WriteResult write(RecordBatch batch) throws DestinationException {
    StringBuilder lines = new StringBuilder(batch.size() * 128);
    for (OutboundRecord record : batch.records()) {
      lines.append(format.line(record, binding)).append('\n');
    }
    try {
      append(lines.toString());
    } catch (IOException e) {
      throw DestinationException.retryable("cannot write " + file + ": " + e.getMessage(), null, e);
    }
    return WriteResult.allAccepted(batch.size());
  }

  private void append(String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  @Override
  public synchronized void close() throws DestinationException {
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      throw DestinationException.retryable("cannot flush " + file + ": " + e.getMessage(), null, e);
    }
  }
}
